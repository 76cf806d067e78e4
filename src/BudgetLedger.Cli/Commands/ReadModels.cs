using BudgetLedger.EventStore;
using BudgetLedger.Projections.Engine;
using BudgetLedger.Projections.Storage;
using BudgetLedger.Projections.Storage.Sqlite;
using BudgetLedger.Reporting.Units;

namespace BudgetLedger.Cli.Commands;

/// <summary>
/// Brings the read models up to date before a report: the live ones beside the ledger, caught up
/// incrementally; or, with --as-of, fresh ones in a scratch file folded only up to that point (same code
/// path), leaving the live ones untouched.
/// </summary>
internal static class ReadModels
{
    public static async Task<(ReadModelStore Store, string? Scratch)> Prepare(IEventStore ledger,
        System.CommandLine.ParseResult parse, string? asOf, CliContext context)
    {
        var options = asOf is null ? new ProjectionOptions() : AsOf(asOf);
        var scratch = asOf is null ? null
            : Path.Combine(Path.GetTempPath(), $"budget-ledger-asof-{Guid.NewGuid():N}.readmodels");
        var file = scratch ?? context.Ledger(parse).ReadModelsFile;
        var existed = file is null || File.Exists(file);
        var store = scratch is null ? context.Ledger(parse).OpenReadModels() : SqliteReadModels.Open(scratch);
        var progress = new Output.ImmediateProgressOf<ProjectionProgress>(p => context.Error.WriteLine($"projected "
            + $"{p.EventsFolded:N0} events (position {p.Checkpoint})…"), every: 50_000, p => p.EventsFolded);
        try
        {
            var result = await ProjectionHost.Run(ledger, store, options, progress);
            if (result.Rebuilt is { } reason)
            {
                context.Error.WriteLine($"read models rebuilt from the log: {reason}");
            }
        }
        catch
        {
            // Read models this run began for a log it could not read are of no use: nothing is left behind.
            Release(store, scratch ?? (existed ? null : file));
            throw;
        }

        return (store, scratch);
    }

    /// <summary>--as-of as the point to fold up to: a log position (145) or a time (2026-11-23T01:40:00Z).</summary>
    public static ProjectionOptions AsOf(string asOf) =>
        Projections.Engine.AsOf.Parse(asOf, out var error) ?? throw new UsageException($"--as-of {error}");

    /// <summary>
    /// Catches the read models up (or builds them as of a point), finds the one unit the reference names, and runs the
    /// action on it.
    /// </summary>
    public static Task<int> WithUnit(CliContext context, System.CommandLine.ParseResult parse, string wanted,
        string? asOf, Func<ReadModelStore, Projections.ReadModels.UnitView, int> action) =>
        With(context, parse, asOf, store => Find(context, store, wanted, asOf) is { } unit
            ? action(store, store.Unit(unit)!) : CliContext.Failure);

    /// <summary>As <see cref="WithUnit"/>, for an action that also reads the log (the tables as published).</summary>
    public static Task<int> WithUnitAndLog(CliContext context, System.CommandLine.ParseResult parse, string wanted,
        string? asOf, Func<IEventStore, ReadModelStore, Projections.ReadModels.UnitView, Task<int>> action) =>
        With(context, parse, asOf, (ledger, store) => Find(context, store, wanted, asOf) is { } unit
            ? action(ledger, store, store.Unit(unit)!) : Task.FromResult(CliContext.Failure));

    /// <summary>Catches the read models up (or builds them as of a point) and runs the action on them.</summary>
    public static Task<int> With(CliContext context, System.CommandLine.ParseResult parse, string? asOf,
        Func<ReadModelStore, int> action) =>
        With(context, parse, asOf, (_, store) => Task.FromResult(action(store)));

    /// <summary>As <see cref="With(CliContext, System.CommandLine.ParseResult, string?, Func{ReadModelStore, int})"/>,
    /// for an action that also reads the log.</summary>
    public static async Task<int> With(CliContext context, System.CommandLine.ParseResult parse, string? asOf,
        Func<IEventStore, ReadModelStore, Task<int>> action)
    {
        await using var ledger = context.OpenExisting(parse);
        if (ledger is null)
        {
            return CliContext.Failure;
        }

        var (store, scratch) = await Prepare(ledger, parse, asOf, context);
        try
        {
            return await action(ledger, store);
        }
        finally
        {
            Release(store, scratch);
        }
    }

    /// <summary>
    /// The id of the one unit a reference (code, id or part of a name) names; null after saying why not.
    /// </summary>
    public static string? Find(CliContext context, ReadModelStore store, string wanted, string? asOf)
    {
        var (unit, refusal) = UnitSearch.One(store.UnitNames(), wanted, asOf);
        if (refusal is not null)
        {
            context.Error.WriteLine($"error: {refusal}");
        }

        return unit?.UnitId;
    }

    /// <summary>Whether the unit has figures for the year; false after saying which years it has.</summary>
    public static bool HoldsYear(CliContext context, Projections.ReadModels.UnitView unit, int year)
    {
        if (unit.Years.ContainsKey(year))
        {
            return true;
        }

        context.Error.WriteLine($"error: {unit.Name} has no {year} figures in the ledger; years: "
            + string.Join(", ", unit.Years.Keys));
        return false;
    }

    public static void Release(ReadModelStore store, string? scratch)
    {
        store.Dispose();
        if (scratch is not null)
        {
            SqliteReadModels.Delete(scratch);
        }
    }
}
