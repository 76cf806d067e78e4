namespace BudgetLedger.EventStore.Tests.Contract;

/// <summary>
/// The store contract, written once. A store enrols by subclassing each part with its fixture
/// (see Sqlite/SqliteContract.cs). Features a store may lack are switched off with the Supports… flags.
/// </summary>
public abstract partial class EventStoreContract<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : IStoreFixture
{
    private IEventStore? _store;

    protected TFixture Fixture { get; } = fixture;

    protected IEventStore Store => _store ?? throw new InvalidOperationException("the store is created in "
        + "InitializeAsync");

    protected virtual bool SupportsMultiStreamAppend => true;

    /// <summary>
    /// The store refuses an id already stored in another stream (EventStoreDB keeps no index of ids across streams).
    /// </summary>
    protected virtual bool SupportsCrossStreamIdCheck => true;

    /// <summary>
    /// One store holds several ledgers side by side (a server with named ledgers); a file is one ledger.
    /// </summary>
    protected virtual bool SupportsLedgersSideBySide => false;

    protected static string NewStream(string prefix = "unit") => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>
    /// Every contract test is a SkippableFact: a store that cannot be reached here skips them all, with its reason.
    /// </summary>
    public async Task InitializeAsync()
    {
        Skip.If(Fixture.Unavailable is not null, Fixture.Unavailable);
        _store = await Fixture.CreateStore();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
