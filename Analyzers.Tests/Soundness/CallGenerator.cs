using System;
using System.Collections.Generic;
using System.Text;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>
/// Random shim calls for the hvmloader dialect: directives it supports (d u o x X s c, one 'l',
/// '-' and '0' flags, widths), pieces it does not (<c>%llx</c>, <c>%p</c>, <c>%-5d</c>, …), literal
/// text and <c>%%</c>; arguments mostly of a fitting type, sometimes 64-bit, mismatched, missing or extra.
/// </summary>
internal sealed class CallGenerator
{
    private static readonly string[] Words = { "pci", "dev", "size", "base", "ok", ":", " ", "=", "->", "\n", "%%", "hole", "ram" };

    private static readonly (string Piece, ArgumentKind[] Fitting)[] Unsupported =
    {
        ("%llx", ArgumentKind.SixtyFourBit), ("%lld", ArgumentKind.SixtyFourBit), ("%llu", ArgumentKind.SixtyFourBit),
        ("%p", new[] { ArgumentKind.UInt }), ("%zu", new[] { ArgumentKind.UInt }), ("%hx", new[] { ArgumentKind.UShort }),
        ("%hhx", new[] { ArgumentKind.Byte }), ("%.3x", new[] { ArgumentKind.UInt }), ("%+d", new[] { ArgumentKind.Int }),
        ("%#x", new[] { ArgumentKind.UInt }), ("%i", new[] { ArgumentKind.Int }), ("%f", new[] { ArgumentKind.Double }),
        ("%1$x", new[] { ArgumentKind.UInt }), ("%-5d", new[] { ArgumentKind.Int }), ("%-8u", new[] { ArgumentKind.UInt }),
        ("%5c", new[] { ArgumentKind.Char }), ("%3c", new[] { ArgumentKind.Int }), ("%*d", new[] { ArgumentKind.Int }),
    };

    private readonly Random random;

    public CallGenerator(int seed)
    {
        random = new Random(seed);
    }

    public GeneratedCall Next(int index)
    {
        var format = new StringBuilder();
        var arguments = new List<ArgumentKind>();
        var directives = random.Next(1, 6);
        for (var d = 0; d < directives; d++)
        {
            if (random.Next(3) == 0)
            {
                format.Append(Words[random.Next(Words.Length)]);
            }

            if (random.Next(8) == 0)
            {
                var (piece, fitting) = Unsupported[random.Next(Unsupported.Length)];
                format.Append(piece);
                if (piece == "%*d")
                {
                    arguments.Add(ArgumentKind.Int);
                }

                arguments.Add(fitting[random.Next(fitting.Length)]);
                continue;
            }

            var conversion = "duoxXsc"[random.Next(7)];
            format.Append('%').Append(Flags(conversion)).Append(Width(conversion)).Append(random.Next(4) == 0 ? "l" : string.Empty).Append(conversion);
            arguments.Add(ArgumentFor(conversion));
        }

        if (random.Next(10) == 0 && arguments.Count > 0)
        {
            arguments.RemoveAt(random.Next(arguments.Count));
        }

        if (random.Next(10) == 0)
        {
            arguments.Add(Any());
        }

        if (random.Next(2) == 0)
        {
            format.Append('\n');
        }

        return new GeneratedCall(index, format.ToString(), arguments);
    }

    private string Flags(char conversion) => random.Next(6) switch
    {
        0 => "0",
        1 when conversion == 's' => "-",
        2 when conversion is not 'c' => "-",
        _ => string.Empty,
    };

    private string Width(char conversion) =>
        conversion != 'c' && random.Next(3) == 0 ? random.Next(1, 13).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;

    private ArgumentKind ArgumentFor(char conversion)
    {
        var roll = random.Next(100);
        if (roll < 12)
        {
            return ArgumentKind.SixtyFourBit[random.Next(ArgumentKind.SixtyFourBit.Length)];
        }

        if (roll < 20)
        {
            return Any();
        }

        return conversion == 's' ? ArgumentKind.String : ArgumentKind.ThirtyTwoBit[random.Next(ArgumentKind.ThirtyTwoBit.Length)];
    }

    private ArgumentKind Any()
    {
        var pools = new[] { ArgumentKind.ThirtyTwoBit, ArgumentKind.SixtyFourBit, ArgumentKind.NoIntegerMeaning };
        var pool = pools[random.Next(pools.Length)];
        return pool[random.Next(pool.Length)];
    }
}
