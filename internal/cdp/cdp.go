// Package cdp drives a headless Chromium for tests, over the Chrome
// DevTools Protocol (https://chromedevtools.github.io/devtools-protocol/)
// spoken on golang.org/x/net/websocket: start the browser, load a page,
// evaluate JavaScript in it, take a screenshot. It is internal and used
// only by tests; it knows the few methods they need and nothing more.
//
// The browser runs with a throw-away profile, no background networking
// and a host resolver that knows only loopback, so a test page cannot
// reach the network.
package cdp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// Path returns the Chromium to run: $LIVEBLOG_CHROMIUM when set, else
// /usr/bin/chromium (Debian's package, which .ci/setup-chromium
// installs), else chromium or chromium-browser on $PATH; "" when there is
// none.
func Path() string {
	if p := os.Getenv("LIVEBLOG_CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Browser is a running headless Chromium and a DevTools session with its
// first tab.
type Browser struct {
	cmd  *exec.Cmd
	conn *websocket.Conn
	base string // http://127.0.0.1:PORT

	mu      sync.Mutex
	nextID  int
	pending map[int]chan message
	waiters []eventWaiter
	closed  error // why the connection ended, once it has

	stderr *tail
}

// Event is a DevTools event: its method ("Page.loadEventFired") and
// parameters, undecoded.
type Event struct {
	Method string
	Params json.RawMessage
}

type eventWaiter struct {
	method string
	ch     chan Event
}

// message is one DevTools message: a response (with an ID) or an event.
type message struct {
	ID     int             `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// Timeout bounds each step: the start, a call, waiting for an event.
const Timeout = 30 * time.Second

// Start runs the Chromium at path headless and opens a DevTools session
// with its tab; the browser is stopped when the test ends. It fails the
// test when the browser does not start.
func Start(t testing.TB, path string) *Browser {
	t.Helper()
	profile := t.TempDir()
	args := []string{
		"--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update",
		"--disable-sync", "--no-first-run", "--no-default-browser-check",
		"--disable-extensions", "--disable-dev-shm-usage", "--mute-audio",
		"--hide-scrollbars", "--window-size=1024,768",
		// Every name but loopback fails to resolve: a page under test
		// cannot fetch from the network, whatever it links to.
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--user-data-dir=" + profile,
		"--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
		"--remote-allow-origins=" + origin,
		"about:blank",
	}
	cmd := exec.Command(path, args...)
	// Its own process group, so that the renderer and helper processes
	// it starts stop with it.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Env = append(os.Environ(), "HOME="+profile)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatalf("cdp: %v", err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatalf("cdp: starting %s: %v", path, err)
	}
	b := &Browser{cmd: cmd, pending: map[int]chan message{}, stderr: &tail{}}
	t.Cleanup(b.stop)

	wsURL, err := listening(stderr, b.stderr)
	if err != nil {
		t.Fatalf("cdp: %s did not open DevTools: %v\nstderr:\n%s", path, err, b.stderr)
	}
	u, err := url.Parse(wsURL)
	if err != nil {
		t.Fatalf("cdp: DevTools address %q: %v", wsURL, err)
	}
	b.base = "http://" + u.Host
	page, err := b.pageTarget()
	if err != nil {
		t.Fatalf("cdp: finding the tab: %v\nstderr:\n%s", err, b.stderr)
	}
	cfg, err := websocket.NewConfig(page, origin)
	if err != nil {
		t.Fatalf("cdp: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), Timeout)
	defer cancel()
	conn, err := cfg.DialContext(ctx)
	if err != nil {
		t.Fatalf("cdp: connecting to the tab: %v\nstderr:\n%s", err, b.stderr)
	}
	conn.MaxPayloadBytes = 256 << 20 // screenshots are large
	b.conn = conn
	go b.read()
	return b
}

// origin is the Origin the DevTools connection presents; Chromium
// refuses others (--remote-allow-origins).
const origin = "http://127.0.0.1"

// listening reads the browser's standard error until it says where
// DevTools listens, and keeps the rest of it in log.
func listening(r io.Reader, log *tail) (string, error) {
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		sent := false
		for sc.Scan() {
			line := sc.Text()
			log.add(line)
			if _, ws, ok := strings.Cut(line, "DevTools listening on "); ok && !sent {
				found <- strings.TrimSpace(ws)
				sent = true
			}
		}
		if !sent {
			close(found)
		}
	}()
	select {
	case ws, ok := <-found:
		if !ok {
			return "", errors.New("the browser exited")
		}
		return ws, nil
	case <-time.After(Timeout):
		return "", errors.New("timed out")
	}
}

// pageTarget returns the DevTools address of the browser's first tab.
func (b *Browser) pageTarget() (string, error) {
	client := &http.Client{Timeout: Timeout}
	resp, err := client.Get(b.base + "/json/list")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var targets []struct {
		Type string `json:"type"`
		WS   string `json:"webSocketDebuggerUrl"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&targets); err != nil {
		return "", err
	}
	for _, tg := range targets {
		if tg.Type == "page" && tg.WS != "" {
			return tg.WS, nil
		}
	}
	return "", fmt.Errorf("no tab among %d targets", len(targets))
}

// read receives messages until the connection ends, handing responses to
// their callers and events to those waiting for them.
func (b *Browser) read() {
	for {
		var data []byte
		if err := websocket.Message.Receive(b.conn, &data); err != nil {
			b.mu.Lock()
			b.closed = err
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var m message
		if err := json.Unmarshal(data, &m); err != nil {
			continue
		}
		b.mu.Lock()
		if m.ID != 0 {
			if ch, ok := b.pending[m.ID]; ok {
				ch <- m
				delete(b.pending, m.ID)
			}
		} else if m.Method != "" {
			ev := Event{Method: m.Method, Params: m.Params}
			kept := b.waiters[:0]
			for _, w := range b.waiters {
				if w.method == ev.Method {
					w.ch <- ev
				} else {
					kept = append(kept, w)
				}
			}
			b.waiters = kept
		}
		b.mu.Unlock()
	}
}

// Call sends a DevTools command and decodes its result into result
// (which may be nil).
func (b *Browser) Call(method string, params, result any) error {
	if params == nil {
		params = struct{}{}
	}
	b.mu.Lock()
	if b.closed != nil {
		err := b.closed
		b.mu.Unlock()
		return fmt.Errorf("%s: connection closed: %w", method, err)
	}
	b.nextID++
	id := b.nextID
	ch := make(chan message, 1)
	b.pending[id] = ch
	b.mu.Unlock()

	req, err := json.Marshal(struct {
		ID     int    `json:"id"`
		Method string `json:"method"`
		Params any    `json:"params"`
	}{id, method, params})
	if err != nil {
		return err
	}
	if err := websocket.Message.Send(b.conn, string(req)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return fmt.Errorf("%s: connection closed", method)
		}
		if m.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-time.After(Timeout):
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
		return fmt.Errorf("%s: no answer in %v", method, Timeout)
	}
}

// expect registers interest in the next event of the method; call it
// before the command that causes the event.
func (b *Browser) expect(method string) chan Event {
	ch := make(chan Event, 1)
	b.mu.Lock()
	b.waiters = append(b.waiters, eventWaiter{method: method, ch: ch})
	b.mu.Unlock()
	return ch
}

// Enable turns on the events of the DevTools domains ("Page", "Runtime",
// "Log").
func (b *Browser) Enable(domains ...string) error {
	for _, d := range domains {
		if err := b.Call(d+".enable", nil, nil); err != nil {
			return err
		}
	}
	return nil
}

// BeforeLoad runs a script in every document the tab loads from now on,
// before the page's own content. It runs as the browser's, outside the
// page's Content-Security-Policy.
func (b *Browser) BeforeLoad(source string) error {
	return b.Call("Page.addScriptToEvaluateOnNewDocument", map[string]any{"source": source}, nil)
}

// Navigate loads address in the tab and waits for its load event.
func (b *Browser) Navigate(address string) error {
	if err := b.Enable("Page"); err != nil {
		return err
	}
	loaded := b.expect("Page.loadEventFired")
	var res struct {
		ErrorText string `json:"errorText"`
	}
	if err := b.Call("Page.navigate", map[string]any{"url": address}, &res); err != nil {
		return err
	}
	if res.ErrorText != "" {
		return fmt.Errorf("navigating to %s: %s", address, res.ErrorText)
	}
	select {
	case <-loaded:
		return nil
	case <-time.After(Timeout):
		return fmt.Errorf("%s did not load in %v", address, Timeout)
	}
}

// Eval evaluates a JavaScript expression in the page (awaiting a promise
// it returns) and decodes its value, which must be JSON, into out. The
// expression runs as the browser's, outside the page's
// Content-Security-Policy.
func (b *Browser) Eval(expression string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := b.Call("Runtime.evaluate", map[string]any{
		"expression": expression, "returnByValue": true, "awaitPromise": true,
	}, &res)
	if err != nil {
		return err
	}
	if d := res.ExceptionDetails; d != nil {
		return fmt.Errorf("evaluating script: %s %s", d.Text, d.Exception.Description)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(res.Result.Value, out)
}

// Screenshot returns a PNG of the whole page, width by height CSS
// pixels from its top left corner.
func (b *Browser) Screenshot(width, height float64) ([]byte, error) {
	var res struct {
		Data []byte `json:"data"` // base64 in JSON
	}
	err := b.Call("Page.captureScreenshot", map[string]any{
		"format":                "png",
		"captureBeyondViewport": true,
		"clip":                  map[string]any{"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
	}, &res)
	return res.Data, err
}

// Stderr returns the last lines the browser wrote to standard error.
func (b *Browser) Stderr() string { return b.stderr.String() }

// stop closes the browser: politely over DevTools, then by killing its
// process group if it has not exited in a few seconds.
func (b *Browser) stop() {
	if b.conn != nil {
		_ = websocket.Message.Send(b.conn, `{"id":999999,"method":"Browser.close","params":{}}`)
	}
	done := make(chan struct{})
	go func() {
		_ = b.cmd.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		_ = syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
	// Helpers left in the browser's process group go too.
	_ = syscall.Kill(-b.cmd.Process.Pid, syscall.SIGKILL)
	if b.conn != nil {
		_ = b.conn.Close()
	}
}

// tail keeps the last lines of a stream.
type tail struct {
	mu    sync.Mutex
	lines []string
}

const tailLines = 50

func (t *tail) add(line string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lines = append(t.lines, line)
	if len(t.lines) > tailLines {
		t.lines = t.lines[len(t.lines)-tailLines:]
	}
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.Join(t.lines, "\n")
}
