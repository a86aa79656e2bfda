module github.com/liveblog-go/liveblog

go 1.26

require (
	github.com/andybalholm/cascadia v1.3.5 // indirect
	golang.org/x/net v0.62.0 // indirect
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
