namespace BudgetLedger.Cli.Tests.Faults;

/// <summary>
/// --store at anything that is not a ledger: every command refuses it in one line and leaves it as it was.
/// </summary>
public sealed class StoreTargetFaultTests(SeededLedger seeded) : IClassFixture<SeededLedger>, IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in new[] { "folder", "/dev/null", "text", "empty", "truncated", "overwritten", "foreign",
            "missing-folder", "Host=127.0.0.1;Port=5432;Database=x", "postgres://u@h/db", "foo://bar" })
        {
            foreach (var command in new[] { "init", "import", "record", "status", "verify", "log", "report",
                "rebuild", "findings" })
            {
                data.Add(target, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_store_that_is_not_a_ledger_is_refused_in_one_line_and_left_as_it_was(string target,
        string command)
    {
        var store = Make(target);
        var before = FileState.Of(_folder.Path);

        var result = await CliRun.Invoke([.. Command(command), "--store", store]).WaitAsync(TimeSpan.FromSeconds(10));

        if (command == "verify" && result.Output.StartsWith("FAILED: ", StringComparison.Ordinal))
        {
            result.ExitCode.Should().Be(1, "verify reports a damaged ledger as its finding");
        }
        else if (command == "status" && target == "overwritten" && result.ExitCode == 0)
        {
            // status reads only the kept summary and the last event: damage elsewhere is verify's to find.
            result.Output.Should().Contain("verify walks the whole log");
        }
        else
        {
            // A scheme the ledger does not know is a usage error; a PostgreSQL server it cannot reach is unavailable.
            result.ShouldBeOneError(target == "foo://bar" ? 2 : 1, $"{command} on {target}");
        }

        FileState.Of(_folder.Path).Where(f => !f.Key.EndsWith(".readmodels", StringComparison.Ordinal))
            .Should().Equal(before, $"{command} must leave {target} as it was and create nothing");
    }

    private static string[] Command(string name) => name switch
    {
        "import" => ["import", Path.Combine(CliRun.SeedsFolder(),
            Seeds.WorkInjuryCenter2022)],
        "record" => ["record", Path.Combine(CliRun.SeedsFolder(), "shanxi-work-injury-transfer.records.json")],
        "report" => ["report", "budget", "--unit", "209105", "--year", "2022"],
        _ => [name],
    };

    private string Make(string target)
    {
        var path = Path.Combine(_folder.Path, "target.db");
        switch (target)
        {
            case "folder":
                Directory.CreateDirectory(path);
                return path;
            case "text":
                File.WriteAllText(path, "a note, not a ledger\n");
                return path;
            case "empty":
                File.WriteAllBytes(path, []);
                return path;
            case "truncated":
                File.WriteAllBytes(path, File.ReadAllBytes(seeded.Template)[..3000]);
                return path;
            case "overwritten":
                var bytes = File.ReadAllBytes(seeded.Template);
                new Random(7).NextBytes(bytes.AsSpan(40_000, 30_000));
                File.WriteAllBytes(path, bytes);
                return path;
            case "foreign":
                using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    connection.Open();
                    using var create = connection.CreateCommand();
                    create.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes "
                        + "(text) VALUES ('mine');";
                    create.ExecuteNonQuery();
                }

                return path;
            case "missing-folder":
                return Path.Combine(_folder.Path, "no-such-folder", "ledger.db");
            default:
                return target;
        }
    }

    public void Dispose() => _folder.Dispose();
}
