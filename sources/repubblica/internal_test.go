package repubblica

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestShouldCorrect(t *testing.T) {
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	// Two entries whose datetime says 16:56Z and 16:48Z.
	stamps := []stamp{readStamp("2023-11-02T16:56Z"), readStamp("2023-11-02T16:48Z")}
	tests := []struct {
		name    string
		stamps  []stamp
		updates []update
		want    bool
	}{
		{"no JSON-LD: the known bug is corrected", stamps, nil, true},
		{"JSON-LD one hour earlier: wall clock in Rome", stamps, []update{{published: at("2023-11-02T15:56:32Z")}, {published: at("2023-11-02T15:48:45Z")}}, true},
		{"JSON-LD agrees with the labels: the site fixed it", stamps, []update{{published: at("2023-11-02T16:56:10Z")}, {published: at("2023-11-02T16:48:05Z")}}, false},
		{"JSON-LD agrees with neither", stamps, []update{{published: at("2023-11-01T09:00:00Z")}}, true},
		{"explicit offsets are never corrected", []stamp{readStamp("2023-11-02T16:56+01:00")}, []update{{published: at("2023-11-02T15:56:00Z")}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, shouldCorrect(tt.stamps, tt.updates))
		})
	}
}

func TestStampInstant(t *testing.T) {
	tests := []struct {
		in      string
		correct bool
		want    string
	}{
		{"2023-11-02T16:56Z", true, "2023-11-02T15:56:00Z"},
		{"2023-11-02T00:30Z", true, "2023-11-01T23:30:00Z"},
		{"2023-07-02T16:56Z", true, "2023-07-02T14:56:00Z"},
		{"2023-11-02T16:56Z", false, "2023-11-02T16:56:00Z"},
		{"2023-11-02T16:56:00+01:00", true, "2023-11-02T15:56:00Z"},
		{"2023-11-02T16:56", true, "2023-11-02T15:56:00Z"},
		{"yesterday", true, "0001-01-01T00:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			want, err := time.Parse(time.RFC3339, tt.want)
			if err != nil {
				t.Fatal(err)
			}
			got := readStamp(tt.in).instant(tt.correct)
			assert.True(t, want.Equal(got), "got %s, want %s", got, want)
		})
	}
}
