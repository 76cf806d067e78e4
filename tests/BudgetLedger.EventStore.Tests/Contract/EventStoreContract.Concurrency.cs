namespace BudgetLedger.EventStore.Tests.Contract;

public abstract partial class EventStoreContract<TFixture>
{
    [SkippableFact]
    public async Task Eight_writers_racing_to_create_one_stream_yield_exactly_one_winner()
    {
        var stream = NewStream();
        var clients = new List<IEventStore>();
        for (var i = 0; i < 8; i++)
        {
            clients.Add(await Fixture.Connect(Store));
        }

        using var start = new ManualResetEventSlim();
        var racers = clients.Select((client, i) => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await client.Append(stream, ExpectedRevision.NoStream, [TestEvents.Line(i)]);
                return true;
            }
            catch (WrongExpectedRevisionException)
            {
                return false;
            }
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(racers);
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        outcomes.Count(won => won).Should().Be(1);
        (await Store.ReadStreamForwards(stream, 0, 10)).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task Eight_writers_racing_on_exact_revisions_never_lose_or_duplicate_an_append()
    {
        var stream = NewStream();
        await Store.Append(stream, ExpectedRevision.NoStream, TestEvents.Lines(1));
        var clients = new List<IEventStore>();
        for (var i = 0; i < 8; i++)
        {
            clients.Add(await Fixture.Connect(Store));
        }

        // Each writer retries read-then-append until it has appended 5 times; optimistic concurrency must
        // serialise them.
        var writers = clients.Select((client, w) => Task.Run(async () =>
        {
            for (var done = 0; done < 5;)
            {
                var head = (await client.ReadStreamBackwards(stream, null, 1)).Single().StreamRevision;
                try
                {
                    await client.Append(stream, ExpectedRevision.Exact(head), [TestEvents.Line((w * 100) + done)]);
                    done++;
                }
                catch (WrongExpectedRevisionException)
                {
                }
            }
        })).ToList();
        await Task.WhenAll(writers);
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        var events = await Store.ReadStream(stream).ToListAsync();
        events.Should().HaveCount(41);
        events.Select(e => e.StreamRevision).Should().Equal(Enumerable.Range(0, 41).Select(i => (ulong)i));
    }

    [SkippableFact]
    public async Task A_catch_up_reader_sees_every_committed_event_once_in_order_while_writers_append()
    {
        const int writers = 4;
        const int batchesEach = 25;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<RecordedEvent>();
        var reader = Task.Run(async () =>
        {
            await foreach (var e in new CatchUpReader(Store, TimeSpan.FromMilliseconds(5), pageSize: 7)
                .Follow(null, cancel.Token))
            {
                seen.Add(e);
                if (seen.Count == writers * batchesEach * 3)
                {
                    break;
                }
            }
        });
        var appended = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var ids = new List<Guid>();
            await using var client = await Fixture.Connect(Store);
            for (var b = 0; b < batchesEach; b++)
            {
                var batch = TestEvents.Lines(3, from: b * 3);
                await client.Append(NewStream($"w{w}"), ExpectedRevision.NoStream, batch);
                ids.AddRange(batch.Select(e => e.EventId));
            }

            return ids;
        })));
        await reader;

        seen.Select(e => e.EventId).Should().BeEquivalentTo(appended.SelectMany(ids => ids));
        seen.Select(e => e.Position).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }
}
