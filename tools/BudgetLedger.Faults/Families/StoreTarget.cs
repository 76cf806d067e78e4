using BudgetLedger.Faults.Cases;
using BudgetLedger.Faults.Fixtures;
using BudgetLedger.Faults.Guards;

namespace BudgetLedger.Faults.Families;

/// <summary>Something --store can point at that is not a ledger, and what must stay as it was.</summary>
public sealed record StoreTarget(string Name, Func<CaseContext, Task<(string Store, Guard[] Guards)>> Arrange)
{
    public const string EmptyFile = "a 0-byte file";
    public const string Scribbled = "a ledger with random bytes over its middle";

    public static IReadOnlyList<StoreTarget> All(int seed) =>
    [
        Plain("a folder", c => Directory.CreateDirectory(c.Folder.Path("ledger-folder")).Name),
        new("/dev/null", c => Task.FromResult(
            ("/dev/null", new[] { Guard.Siblings("/dev/null"), Guard.Entries(c.Folder.Cwd) }))),
        File("a text file", c => DamagedFiles.Text(c.Folder.Path("notes.txt"))),
        File(EmptyFile, c => DamagedFiles.Empty(c.Folder.Path("empty.db"))),
        Damaged("a ledger cut to its first 3,000 bytes", (t, c) => DamagedFiles.Truncated(t, c.Folder.Path("cut.db"))),
        Damaged(Scribbled, (t, c) => DamagedFiles.Scribbled(t, c.Folder.Path("scribbled.db"), seed)),
        File("another program's SQLite file", c => ForeignDatabase.Create(c.Folder.Path("other.db"))),
        Plain("Host=127.0.0.1;Port=5432;Database=x", _ => "Host=127.0.0.1;Port=5432;Database=x"),
        Plain("postgres://u@h/db", _ => "postgres://u@h/db"),
        Plain("foo://bar", _ => "foo://bar"),
        Plain("a path in a folder that does not exist", _ => "no-such-folder/ledger.db"),
    ];

    /// <summary>A store that names no file of its own: nothing may appear in the working directory.</summary>
    private static StoreTarget Plain(string name, Func<CaseContext, string> store) =>
        new(name, c => Task.FromResult((store(c), new[] { Guard.Entries(c.Folder.Cwd) })));

    /// <summary>A file in the working directory: byte-identical afterwards, and nothing beside it.</summary>
    private static StoreTarget File(string name, Func<CaseContext, string> create) =>
        new(name, c => Task.FromResult(Guarded(create(c), c)));

    private static StoreTarget Damaged(string name, Func<TemplateLedger, CaseContext, string> create) =>
        new(name, async c => Guarded(create(await c.Fixtures.Template, c), c));

    private static (string, Guard[]) Guarded(string path, CaseContext c) =>
        (Path.GetFileName(path), [Guard.Bytes(path), Guard.Entries(c.Folder.Cwd)]);
}
