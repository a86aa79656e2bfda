// Package archtest holds the tests of the module's shape rather than of
// its behaviour: they walk the module's source files and fail, naming
// the file, when one breaks a rule of the project's style (see
// TestFileSizes). It has no code of its own.
package archtest
