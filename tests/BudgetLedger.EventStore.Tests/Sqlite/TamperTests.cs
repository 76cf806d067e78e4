using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Streams;
using BudgetLedger.EventStore.TamperEvidence;
using BudgetLedger.EventStore.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace BudgetLedger.EventStore.Tests.Sqlite;

public sealed class TamperTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    public static TheoryData<string, string, ulong, string> Tamperings => new()
    {
        // name, SQL, first position that must be named, words the rule must contain
        { "edit an amount", "UPDATE events SET data = replace(data, '5.25', '5.26') WHERE position = 14;",
            14, "altered" },
        { "edit metadata", "UPDATE events SET metadata = '{\"row\":99}' WHERE position = 5;", 5, "altered" },
        { "edit the recorded time", "UPDATE events SET recorded_at = recorded_at + 1000 WHERE position = 20;",
            20, "altered" },
        { "replace a hash", "UPDATE events SET hash = zeroblob(32) WHERE position = 9;", 9, "altered" },
        { "retype an event", "UPDATE events SET type = 'V1.Other' WHERE position = 3;", 3, "altered" },
        { "delete an event", "DELETE FROM events WHERE position = 11;", 12, "missing" },
        { "swap two events' data",
            "UPDATE events SET data = CASE position WHEN 7 THEN (SELECT data FROM events WHERE position = 8) "
            + "ELSE (SELECT data FROM events WHERE position = 7) END WHERE position IN (7, 8);", 7, "altered" },
        { "damage an event id", "UPDATE events SET event_id = x'0102' WHERE position = 17;", 17, "cannot be read" },
        { "move an event to another stream",
            "UPDATE events SET stream_id = 'unit-b', stream_revision = 100 WHERE position = 29;", 29, "revision" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Verify_names_the_first_event_that_was_tampered_with(string name, string sql,
        ulong position, string rule)
    {
        var path = fixture.NewPath();
        await LedgerFile.Fill(path);
        LedgerFile.Tamper(path, sql).Should().BePositive("the tampering must change the file");

        await using var store = SqliteEventStore.Open(path);
        var report = await new LedgerVerifier(store).Verify();

        report.Holds.Should().BeFalse(name);
        report.Failure!.Position!.Value.Commit.Should().Be(position, name);
        report.Failure.Rule.Should().Contain(rule);
    }

    [Fact]
    public async Task An_untouched_log_verifies_and_its_digest_is_stable()
    {
        var path = fixture.NewPath();
        await LedgerFile.Fill(path);
        await using var store = SqliteEventStore.Open(path);

        var first = await new LedgerVerifier(store).Verify();
        var second = await new LedgerVerifier(store).Verify(first.Digest);

        first.Holds.Should().BeTrue(first.Failure?.ToString());
        first.EventsChecked.Should().Be(30);
        second.Holds.Should().BeTrue();
        second.Digest.Should().Be(first.Digest);
    }

    [Fact]
    public async Task A_truncated_tail_passes_the_links_but_not_the_saved_digest()
    {
        var path = fixture.NewPath();
        var saved = await FillAndSaveDigest(path);

        LedgerFile.Tamper(path, "DELETE FROM events WHERE position > 24;");

        await using var tampered = SqliteEventStore.Open(path);
        (await new LedgerVerifier(tampered).Verify()).Holds.Should()
            .BeTrue("every remaining link is intact: only the digest can tell");
        var report = await new LedgerVerifier(tampered).Verify(saved);
        report.Holds.Should().BeFalse();
        report.Failure!.Rule.Should().Contain(saved).And.Contain("rewritten or removed");
    }

    [Fact]
    public async Task A_rewritten_tail_with_a_consistent_chain_is_caught_by_the_saved_digest()
    {
        var path = fixture.NewPath();
        var saved = await FillAndSaveDigest(path);

        // Cut the last six events, have the store make its summary anew, and write different ones through it:
        // positions, revisions, hashes and the kept summary all line up.
        LedgerFile.Tamper(path, "DELETE FROM events WHERE position > 24;");
        LedgerFile.ForgetSummary(path);
        await using var rewritten = SqliteEventStore.Open(path);
        foreach (var stream in new[] { "unit-a", "unit-b", "unit-c" })
        {
            await rewritten.Append(stream, ExpectedRevision.Exact(7), TestEvents.Lines(2, from: 500));
        }

        (await new LedgerVerifier(rewritten).Verify()).Holds.Should().BeTrue();
        (await new LedgerVerifier(rewritten).Verify(saved)).Holds.Should().BeFalse();
    }

    [Fact]
    public async Task The_file_itself_refuses_updates_and_deletes_of_events()
    {
        var path = fixture.NewPath();
        await LedgerFile.Fill(path);

        Action update = () => LedgerFile.Execute(path, "UPDATE events SET data = x'00' WHERE position = 1;");
        Action delete = () => LedgerFile.Execute(path, "DELETE FROM events WHERE position = 1;");

        update.Should().Throw<SqliteException>().WithMessage("*immutable*");
        delete.Should().Throw<SqliteException>().WithMessage("*never deleted*");
    }

    private static async Task<string> FillAndSaveDigest(string path)
    {
        await LedgerFile.Fill(path);
        await using var store = SqliteEventStore.Open(path);
        return (await new LedgerVerifier(store).Verify()).Digest;
    }
}
