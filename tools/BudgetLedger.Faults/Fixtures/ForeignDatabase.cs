namespace BudgetLedger.Faults.Fixtures;

/// <summary>Another program's SQLite database: a table of its own, or even an `events` table of its own.</summary>
public static class ForeignDatabase
{
    public static string Create(string path)
    {
        Sqlite.Execute(path, """
            CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
            INSERT INTO notes (body) VALUES ('buy milk'), ('call the auditor');
            """);
        return path;
    }

    public static string WithEventsTable(string path)
    {
        Sqlite.Execute(path, """
            CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT NOT NULL, starts_at TEXT);
            INSERT INTO events (title, starts_at) VALUES ('budget hearing', '2026-03-01'), ('audit', '2026-04-15');
            """);
        return path;
    }
}
