using BudgetLedger.EventStore.Tests.Contract;
using Xunit.Abstractions;

namespace BudgetLedger.EventStore.Tests.PostgreSql;

public sealed class PostgreSqlLogSummaryTests(PostgreSqlStoreFixture fixture, ITestOutputHelper output)
    : LogSummaryContract<PostgreSqlStoreFixture>(fixture, output), IClassFixture<PostgreSqlStoreFixture>;
