using BudgetLedger.EventStore.Sqlite;
using BudgetLedger.EventStore.Tests.Contract;
using Xunit.Abstractions;

namespace BudgetLedger.EventStore.Tests.Sqlite;

/// <summary>The summary kept with every append gives what a walk of the whole log gives.</summary>
public sealed class LogSummaryTests(SqliteStoreFixture fixture, ITestOutputHelper output)
    : LogSummaryContract<SqliteStoreFixture>(fixture, output), IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task A_ledger_made_before_the_summary_is_walked_once_when_opened_for_writing_and_keeps_its_digest()
    {
        var path = Fixture.NewPath();
        await LedgerFile.Fill(path);
        string digest;
        await using (var store = SqliteEventStore.Open(path))
        {
            digest = (await new LedgerVerifier(store).Verify()).Digest;
        }

        LedgerFile.ForgetSummary(path);
        await using (var readOnly = SqliteEventStore.OpenExisting(path, readOnly: true))
        {
            (await readOnly.Summary()).Should().BeNull("a read-only open writes nothing, not even the summary");
            (await new LedgerVerifier(readOnly).Verify()).Digest.Should().Be(digest);
        }

        await using var migrated = SqliteEventStore.Open(path);
        (await migrated.Summary())!.Digest.Should().Be(digest);
        await ShouldEqualAWalk(migrated, "migrated");
        await migrated.Append("unit-d", ExpectedRevision.NoStream, TestEvents.Lines(3));
        await ShouldEqualAWalk(migrated, "migrated, then appended to");
    }


    [Fact]
    public async Task Nothing_is_appended_to_a_log_whose_tail_was_cut_behind_the_stores_back()
    {
        var path = Fixture.NewPath();
        await LedgerFile.Fill(path);
        LedgerFile.Tamper(path, "DELETE FROM events WHERE position > 24;");
        await using var store = SqliteEventStore.Open(path);

        var append = () => store.Append("unit-a", ExpectedRevision.Any, TestEvents.Lines(1));

        (await append.Should().ThrowAsync<LedgerFileException>()).Which.Message
            .Should().Contain("position 24").And.Contain("position 30").And.Contain("nothing was written");
        (await store.Summary())!.TailMismatch().Should().Contain("position 24").And.Contain("position 30");
        (await store.ReadLast())!.Position.Should().Be(GlobalPosition.Of(24));
    }


    [Fact]
    public async Task A_missing_summary_row_is_an_edited_file_not_an_empty_log()
    {
        var path = Fixture.NewPath();
        await LedgerFile.Fill(path);
        LedgerFile.Execute(path, "DELETE FROM log_summary;");
        await using var store = SqliteEventStore.Open(path);

        var read = () => store.Summary();
        var append = () => store.Append("unit-a", ExpectedRevision.Any, TestEvents.Lines(1));

        await read.Should().ThrowAsync<LedgerFileException>().WithMessage("*summary*missing*");
        await append.Should().ThrowAsync<LedgerFileException>().WithMessage("*summary*missing*");
    }

}
