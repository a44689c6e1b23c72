// Package store keeps the record in SQLite: transcripts, segments, sentences,
// entities, mentions and claims. All SQL lives here. The schema is a list of
// embedded, numbered migrations applied in order.
//
// A DB is safe for concurrent use by readers; writes come from one goroutine
// (the pipeline's writer), one transaction per transcript, so a crash never
// leaves half a transcript stored.
package store

import (
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/mattn/go-sqlite3"
)

//go:embed migration/*.sql
var migrations embed.FS

// DB is an open mentions database.
type DB struct {
	db       *sql.DB
	path     string
	readOnly bool
	entities entityIDs // ids of entities already committed (see entity.go)
}

// Open opens (creating if need be) the database at path and brings its
// schema up to date. Connection settings are in the DSN so every pooled
// connection has them: foreign keys on, WAL journal (readers never block the
// writer), a busy timeout instead of "database is locked".
func Open(path string) (*DB, error) {
	q := url.Values{}
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", "10000")
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "NORMAL")
	q.Set("_cache_size", "-262144") // 256 MiB: index updates on a large database stay in memory
	escaped := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	db, err := sql.Open(driverName(), "file:"+escaped+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	d := &DB{db: db, path: path}
	if err := d.migrate(); err != nil {
		db.Close()
		// A database on read-only media (or a read-only file) can still
		// be queried; writes then fail with a clear error.
		if ro, rerr := openReadOnly(path); rerr == nil {
			return ro, nil
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return d, nil
}

// openReadOnly opens an existing, fully migrated database for reading only.
// SQLite needs to create a -shm file to read a WAL database; where it cannot
// (read-only media) the file is opened as immutable.
func openReadOnly(path string) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	escaped := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	var last error
	for _, extra := range []string{"", "&immutable=1"} {
		db, err := sql.Open("sqlite3", "file:"+escaped+"?mode=ro&_busy_timeout=10000"+extra)
		if err != nil {
			return nil, err
		}
		names, _ := fs.Glob(migrations, "migration/*.sql")
		var n int
		if err := db.QueryRow(`SELECT count(*) FROM migrations`).Scan(&n); err != nil {
			db.Close()
			last = err
			continue
		}
		if n != len(names) {
			db.Close()
			return nil, fmt.Errorf("database is read-only and needs a schema upgrade")
		}
		return &DB{db: db, path: path, readOnly: true}, nil
	}
	return nil, last
}

// ReadOnly reports whether the database could only be opened for reading.
func (d *DB) ReadOnly() bool { return d.readOnly }

// walCheckpointPages is how many WAL pages may gather before SQLite copies
// them back into the database file. SQLite's default of 1,000 (4 MB) makes
// a bulk ingest copy the same index pages again and again; 40,000 (160 MB)
// cut ingest time of the BBC corpus by about a quarter.
const walCheckpointPages = 40000

var registerOnce sync.Once

// driverName registers, once, the SQLite driver with the settings the DSN
// cannot carry, and returns its name.
func driverName() string {
	const name = "sqlite3_mentions"
	registerOnce.Do(func() {
		sql.Register(name, &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
			_, err := c.Exec(fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", walCheckpointPages), nil)
			return err
		}})
	})
	return name
}

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// SQL returns the underlying handle for callers in tests that need to look
// at the raw tables.
func (d *DB) SQL() *sql.DB { return d.db }

// migrate applies, in order, each migration not yet recorded in the
// migrations table, each in its own transaction.
func (d *DB) migrate() error {
	if _, err := d.db.Exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))`); err != nil {
		return fmt.Errorf("create migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := d.apply(name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func (d *DB) apply(name string) error {
	tx, err := d.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	short := strings.TrimPrefix(name, "migration/")
	if err := tx.QueryRow(`SELECT count(*) FROM migrations WHERE name = ?`, short).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(string(body)); err != nil {
		return err
	}
	if _, err := tx.Exec(`INSERT INTO migrations (name) VALUES (?)`, short); err != nil {
		return err
	}
	return tx.Commit()
}
