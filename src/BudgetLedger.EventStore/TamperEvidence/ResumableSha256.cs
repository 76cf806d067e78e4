using System.Buffers.Binary;
using static System.Numerics.BitOperations;

namespace BudgetLedger.EventStore.TamperEvidence;

/// <summary>
/// SHA-256 (FIPS 180-4) whose running state can be saved and resumed later, which .NET's IncrementalHash cannot
/// do. The saved state is the eight state words and the length appended so far (big-endian), then the bytes of the
/// partial block not yet compressed.
/// </summary>
public sealed class ResumableSha256
{
    public const int HashLength = 32;
    private const int BlockLength = 64;
    private const int FixedStateLength = 40;

    private readonly uint[] _state = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
        0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    private readonly byte[] _pending = new byte[BlockLength];
    private readonly uint[] _schedule = new uint[64];

    /// <summary>Bytes appended since the start.</summary>
    public ulong Length { get; private set; }

    private int PendingLength => (int)(Length % BlockLength);

    /// <exception cref="FormatException">not a state saved by <see cref="SaveState"/></exception>
    public static ResumableSha256 FromState(ReadOnlySpan<byte> saved)
    {
        if (saved.Length < FixedStateLength)
        {
            throw new FormatException($"a SHA-256 state has at least {FixedStateLength} bytes, not {saved.Length}");
        }

        var sha = new ResumableSha256 { Length = BinaryPrimitives.ReadUInt64BigEndian(saved[32..]) };
        if (saved.Length - FixedStateLength != sha.PendingLength)
        {
            throw new FormatException($"a SHA-256 state of {sha.Length} bytes appended holds "
                + $"{sha.PendingLength} pending bytes, not {saved.Length - FixedStateLength}");
        }

        for (var i = 0; i < 8; i++)
        {
            sha._state[i] = BinaryPrimitives.ReadUInt32BigEndian(saved[(4 * i)..]);
        }

        saved[FixedStateLength..].CopyTo(sha._pending);
        return sha;
    }

    public byte[] SaveState()
    {
        var saved = new byte[FixedStateLength + PendingLength];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(saved.AsSpan(4 * i), _state[i]);
        }

        BinaryPrimitives.WriteUInt64BigEndian(saved.AsSpan(32), Length);
        _pending.AsSpan(0, PendingLength).CopyTo(saved.AsSpan(FixedStateLength));
        return saved;
    }

    public void Append(ReadOnlySpan<byte> data)
    {
        var pending = PendingLength;
        Length += (ulong)data.Length;
        if (pending > 0)
        {
            var take = Math.Min(BlockLength - pending, data.Length);
            data[..take].CopyTo(_pending.AsSpan(pending));
            data = data[take..];
            if (pending + take < BlockLength)
            {
                return;
            }

            Compress(_state, _pending, _schedule);
        }

        for (; data.Length >= BlockLength; data = data[BlockLength..])
        {
            Compress(_state, data[..BlockLength], _schedule);
        }

        data.CopyTo(_pending);
    }

    /// <summary>The hash of everything appended so far; appending may go on after it.</summary>
    public byte[] CurrentHash()
    {
        Span<uint> state = stackalloc uint[8];
        _state.CopyTo(state);
        Span<byte> tail = stackalloc byte[2 * BlockLength];
        tail.Clear();
        var pending = PendingLength;
        _pending.AsSpan(0, pending).CopyTo(tail);
        tail[pending] = 0x80;
        var tailLength = pending < BlockLength - 8 ? BlockLength : 2 * BlockLength;
        BinaryPrimitives.WriteUInt64BigEndian(tail[(tailLength - 8)..], Length * 8);
        for (var offset = 0; offset < tailLength; offset += BlockLength)
        {
            Compress(state, tail.Slice(offset, BlockLength), _schedule);
        }

        var hash = new byte[HashLength];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(hash.AsSpan(4 * i), state[i]);
        }

        return hash;
    }

    private static void Compress(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> w)
    {
        for (var i = 0; i < 16; i++)
        {
            w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * i)..]);
        }

        for (var i = 16; i < 64; i++)
        {
            var s0 = RotateRight(w[i - 15], 7) ^ RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            var s1 = RotateRight(w[i - 2], 17) ^ RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6],
            h = state[7];
        var k = RoundConstants;
        for (var i = 0; i < 64; i++)
        {
            var sum1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
            var t1 = h + sum1 + ((e & f) ^ (~e & g)) + k[i] + w[i];
            var sum0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
            var t2 = sum0 + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    private static ReadOnlySpan<uint> RoundConstants =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];
}
