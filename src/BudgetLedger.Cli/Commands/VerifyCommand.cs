using System.CommandLine;
using BudgetLedger.Cli.Output;
using BudgetLedger.EventStore;
using BudgetLedger.EventStore.TamperEvidence;

namespace BudgetLedger.Cli.Commands;

public static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var digest = new Option<string?>("--digest") { Description = "A digest printed by `status` earlier: also "
            + "proves nothing was rewritten or cut from the tail since." };
        var export = new Option<string?>("--export") { Description = "An export's folder (see `export`): check its "
            + "files against its manifest's SHA-256s, that the log still holds the position and digests it was made "
            + "from, and that exporting again from there gives the same bytes; each problem is one `error:` line.",
            HelpName = "DIR" };
        var command = new Command("verify", "Walk every event's hash link and position; name the first event that "
            + "does not hold. Exit 0 when the ledger holds, 1 when it does not. With --export, check an export "
            + "instead.")
        {
            digest, export,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(export) is { } folder)
            {
                return parse.GetValue(digest) is null
                    ? await ExportCheck.Run(context, parse, folder, cancellationToken)
                    : throw new UsageException("--export checks an export, --digest the whole log: give one");
            }

            if (parse.GetValue(digest) is { } expected && !(expected.Length == 64
                && expected.All(char.IsAsciiHexDigit)))
            {
                throw new UsageException($"--digest '{expected}' is not a digest: 64 hexadecimal characters, as "
                    + "`status` prints them");
            }

            await using var store = context.OpenExisting(parse);
            if (store is null)
            {
                return CliContext.Failure;
            }

            var progress = new ImmediateProgress(n => context.Error.WriteLine($"verified {n:N0} events…"));
            IReadOnlyList<string> storage;
            VerificationReport report;
            try
            {
                storage = store is IStorageCheck check ? await check.CheckStorage(cancellationToken) : [];
                foreach (var problem in storage)
                {
                    context.Output.WriteLine($"FAILED: {problem}");
                }

                report = await new LedgerVerifier(store).Verify(parse.GetValue(digest), progress, cancellationToken);
            }
            catch (LedgerFileException damaged)
            {
                context.Output.WriteLine($"FAILED: {damaged.Message}");
                return CliContext.Failure;
            }

            if (report.Failure is { } failure)
            {
                context.Output.WriteLine($"FAILED: {failure} ({report.EventsChecked:N0} events read)");
            }

            foreach (var difference in report.SummaryDifferences)
            {
                context.Output.WriteLine($"FAILED: {difference}");
            }

            if (report.Failure is not null || report.SummaryDifferences.Count > 0)
            {
                return CliContext.Failure;
            }

            if (storage.Count > 0)
            {
                context.Output.WriteLine($"the {report.EventsChecked:N0} events that can be read hold their links, "
                    + "but the storage beneath them does not");
                return CliContext.Failure;
            }

            context.Output.WriteLine($"OK: {report.EventsChecked:N0} events in {report.Streams:N0} streams hold; "
                + $"last position {report.LastPosition?.ToString() ?? "(empty)"}; digest {report.Digest}"
                + (parse.GetValue(digest) is null ? "" : " matches the expected digest") + $"; content digest "
                    + $"{report.ContentDigest}" + (report.SummaryKept ? "; the kept summary agrees" : ""));
            return CliContext.Success;
        });
        return command;
    }
}
