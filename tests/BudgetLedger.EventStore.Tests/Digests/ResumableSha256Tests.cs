using System.Security.Cryptography;
using System.Text;
using Xunit.Abstractions;

namespace BudgetLedger.EventStore.Tests.Digests;

public sealed class ResumableSha256Tests(ITestOutputHelper output)
{
    public static TheoryData<string, string> FipsVectors => new()
    {
        { "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
        { "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        {
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        },
    };

    [Theory]
    [MemberData(nameof(FipsVectors))]
    public void Gives_the_FIPS_180_test_vectors(string message, string expected)
    {
        var sha = new ResumableSha256();
        sha.Append(Encoding.ASCII.GetBytes(message));

        Convert.ToHexStringLower(sha.CurrentHash()).Should().Be(expected);
    }

    [Fact]
    public void Gives_the_FIPS_180_million_a_vector_across_appends()
    {
        var sha = new ResumableSha256();
        var a = new byte[999_937];
        a.AsSpan().Fill((byte)'a');
        sha.Append(a);
        for (var i = 0; i < 63; i++)
        {
            sha.Append("a"u8);
        }

        Convert.ToHexStringLower(sha.CurrentHash())
            .Should().Be("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    [Fact]
    public void Equals_the_framework_on_random_inputs_split_and_resumed_at_random_points()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var lengths = Enumerable.Range(0, 200).Concat([255, 256, 257, 1000, 4096, 65_537])
            .Concat(Enumerable.Range(0, 40).Select(_ => random.Next(20_000)));
        foreach (var length in lengths)
        {
            var input = new byte[length];
            random.NextBytes(input);
            var sha = new ResumableSha256();
            var at = 0;
            while (at < length)
            {
                var piece = random.Next(0, Math.Min(length - at, 150) + 1);
                sha.Append(input.AsSpan(at, piece));
                at += piece;
                Hex(sha.CurrentHash()).Should().Be(Hex(SHA256.HashData(input.AsSpan(0, at))),
                    $"seed {seed}, length {length}, after {at} bytes");
                if (random.Next(4) == 0)
                {
                    sha = ResumableSha256.FromState(sha.SaveState());
                }
            }

            Hex(sha.CurrentHash()).Should().Be(Hex(SHA256.HashData(input)), $"seed {seed}, length {length}");
            sha.Length.Should().Be((ulong)length);
        }
    }

    [Fact]
    public void The_saved_state_holds_the_words_the_length_and_only_the_pending_bytes()
    {
        var sha = new ResumableSha256();
        sha.Append(new byte[64 + 10]);

        var state = sha.SaveState();

        state.Should().HaveCount(32 + 8 + 10);
        ResumableSha256.FromState(state).SaveState().Should().Equal(state);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(39)]
    [InlineData(41)]
    public void A_state_of_the_wrong_size_is_refused(int size)
    {
        var read = () => ResumableSha256.FromState(new byte[size]);

        read.Should().Throw<FormatException>();
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
