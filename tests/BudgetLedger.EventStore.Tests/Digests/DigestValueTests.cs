using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Xunit.Abstractions;

namespace BudgetLedger.EventStore.Tests.Digests;

/// <summary>
/// Users keep digests printed before the digests could be resumed: the values must stay those of the framework's
/// SHA-256 over the same bytes, however often the state is saved and resumed.
/// </summary>
public sealed class DigestValueTests(ITestOutputHelper output)
{
    [Fact]
    public void Log_and_content_digests_equal_the_framework_hash_of_their_bytes_when_resumed_anywhere()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        using var expectedLog = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var expectedContent = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var log = new LogDigest();
        var content = new ContentDigest();
        for (var i = 0; i < 300; i++)
        {
            var e = RandomEvent(random, i);
            expectedLog.AppendData(e.Hash);
            AppendContent(expectedContent, e);
            log.Add(e.Hash);
            content.Add(e);
            if (random.Next(3) == 0)
            {
                log = LogDigest.Resume(log.Count, log.State());
                content = ContentDigest.Resume(content.State());
            }

            log.ToHex().Should().Be(Convert.ToHexStringLower(expectedLog.GetCurrentHash()), $"seed {seed}, event {i}");
            content.ToHex().Should().Be(Convert.ToHexStringLower(expectedContent.GetCurrentHash()), $"seed {seed}");
        }

        log.Count.Should().Be(300);
    }

    [Fact]
    public void An_empty_log_has_the_digest_of_no_bytes()
    {
        new LogDigest().ToHex().Should().Be("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        new ContentDigest().ToHex().Should().Be(new LogDigest().ToHex());
    }

    private static RecordedEvent RandomEvent(Random random, int i)
    {
        var data = new byte[random.Next(0, 700)];
        random.NextBytes(data);
        var hash = new byte[32];
        random.NextBytes(hash);
        return new RecordedEvent($"unit-{random.Next(5)}-预算", (ulong)i, GlobalPosition.Of((ulong)i + 1),
            Guid.NewGuid(), "V1.TestLine", data, Encoding.UTF8.GetBytes($"{{\"row\":{i}}}"), DateTimeOffset.UnixEpoch,
            hash);
    }

    /// <summary>The content digest's definition, written out once more: each field length-prefixed.</summary>
    private static void AppendContent(IncrementalHash hash, RecordedEvent e)
    {
        var revision = new byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(revision, e.StreamRevision);
        byte[][] fields = [Encoding.UTF8.GetBytes(e.Stream), revision, e.EventId.ToByteArray(bigEndian: true),
            Encoding.UTF8.GetBytes(e.Type), e.Data, e.Metadata];
        foreach (var field in fields)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, field.Length);
            hash.AppendData(length);
            hash.AppendData(field);
        }
    }
}
