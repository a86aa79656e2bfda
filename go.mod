module github.com/liveblog-go/liveblog

go 1.26.0

require (
	github.com/andybalholm/cascadia v1.3.5
	golang.org/x/net v0.62.0
	golang.org/x/text v0.43.0
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
