using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// Random <c>DEBUG()</c>-style calls for one EDK2 architecture: the directives BasePrintLib supports
/// (d u x X with and without l/L/ll, c a s S g t r p, widths, '0' and '-', '*' widths, <c>%.*a</c>,
/// the ',' flag), pieces it does not (<c>%hd</c>, <c>%zu</c>, <c>%i</c>, …) or reads otherwise than C
/// (<c>% u</c>, <c>%+x</c>), literal text, <c>%%</c> and line ends. Arguments are mostly of a type
/// that fits the directive on that architecture, sometimes 64-bit where 32 bits are read or the other
/// way round, the wrong string kind, another kind altogether, one missing or one extra (never both,
/// which would hand the last directive an arbitrary value: a character 0 for <c>%c</c>, say).
/// </summary>
internal sealed class Edk2CallGenerator
{
    private static readonly string[] Words = { "PCI", "dev", "Status", ":", " ", "=", "->", "\n", "%%", "\r\n", "ok" };

    private readonly Random random;
    private readonly Edk2Architecture architecture;
    private readonly (string Piece, ArgumentKind[] Fitting)[] pieces;

    public Edk2CallGenerator(int seed, Edk2Architecture architecture)
    {
        random = new Random(seed);
        this.architecture = architecture;
        pieces = new (string, ArgumentKind[])[]
        {
            ("%hd", new[] { ArgumentKind.Short }), ("%zu", new[] { ArgumentKind.NUInt, ArgumentKind.UInt }), ("%i", new[] { ArgumentKind.Int }),
            ("%f", new[] { ArgumentKind.Double }), ("%#x", new[] { ArgumentKind.UInt }), ("%hhx", new[] { ArgumentKind.Byte }),
            ("%jd", new[] { ArgumentKind.Long }), ("% u", new[] { ArgumentKind.UInt }), ("%+x", new[] { ArgumentKind.Int }),
            ("%,d", new[] { ArgumentKind.Int }), ("%,lu", new[] { ArgumentKind.ULong }), ("%+d", new[] { ArgumentKind.Int }),
            ("%.*a", new[] { Edk2ArgumentKinds.NarrowString }),
        };
    }

    private bool IsX64 => architecture == Edk2Architecture.X64;

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

            if (random.Next(7) == 0)
            {
                var (piece, fitting) = pieces[random.Next(pieces.Length)];
                format.Append(piece);
                if (piece.Contains('*', StringComparison.Ordinal))
                {
                    arguments.Add(Width());
                }

                arguments.Add(fitting[random.Next(fitting.Length)]);
                continue;
            }

            var conversion = "duxXcasSgtrp"[random.Next(12)];
            var isLong = conversion is 'd' or 'u' or 'x' or 'X' && random.Next(3) == 0;
            var starWidth = random.Next(8) == 0;
            format.Append('%').Append(Flags(conversion));
            if (starWidth)
            {
                format.Append('*');
                arguments.Add(Width());
            }
            else
            {
                format.Append(WidthDigits());
            }

            format.Append(isLong ? new[] { "l", "L", "ll" }[random.Next(3)] : string.Empty).Append(conversion);
            arguments.Add(ArgumentFor(conversion, isLong));
        }

        if (random.Next(10) == 0 && arguments.Count > 0)
        {
            arguments.RemoveAt(random.Next(arguments.Count));
        }
        else if (random.Next(10) == 0)
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
        0 when conversion is 'd' or 'u' or 'x' or 'X' => "0",
        1 or 2 => "-",
        _ => string.Empty,
    };

    private string WidthDigits() =>
        random.Next(3) == 0 ? random.Next(1, 13).ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A '*' argument: a <c>UINTN</c> (32 bits on IA32, 64 on X64), sometimes the other size.</summary>
    private ArgumentKind Width()
    {
        var fitting = IsX64 ? Edk2ArgumentKinds.Widths[2..] : Edk2ArgumentKinds.Widths[..2];
        var other = IsX64 ? Edk2ArgumentKinds.Widths[..2] : Edk2ArgumentKinds.Widths[2..];
        var pool = random.Next(6) == 0 ? other : fitting;
        return pool[random.Next(pool.Length)];
    }

    private ArgumentKind ArgumentFor(char conversion, bool isLong)
    {
        var roll = random.Next(100);
        var mismatched = roll < 15;
        var other = roll < 20;
        return conversion switch
        {
            'd' or 'u' or 'x' or 'X' => other && !mismatched ? Any() : Pick(isLong != mismatched ? ArgumentKind.SixtyFourBit : ArgumentKind.ThirtyTwoBit),
            'c' => Pick(mismatched ? Edk2ArgumentKinds.Characters64 : Edk2ArgumentKinds.Characters32),
            'a' => mismatched ? Pick(ArgumentKind.String, Edk2ArgumentKinds.WideChars) : other ? ArgumentKind.NullLiteral : Edk2ArgumentKinds.NarrowString,
            's' or 'S' => mismatched ? Edk2ArgumentKinds.NarrowString : other ? ArgumentKind.NullLiteral : Pick(ArgumentKind.String, Edk2ArgumentKinds.WideChars),
            'g' => mismatched ? Any() : Edk2ArgumentKinds.Guid,
            't' => mismatched ? Any() : Edk2ArgumentKinds.Time,
            'r' => Pick(IsX64 != mismatched ? Edk2ArgumentKinds.Statuses64 : Edk2ArgumentKinds.Statuses32),
            _ => Pick(IsX64 != mismatched ? Edk2ArgumentKinds.Addresses64 : Edk2ArgumentKinds.Addresses32),
        };
    }

    private ArgumentKind Any()
    {
        var pools = new[]
        {
            ArgumentKind.ThirtyTwoBit,
            ArgumentKind.SixtyFourBit,
            new[] { ArgumentKind.String, ArgumentKind.Double, ArgumentKind.NullLiteral },
            new[] { Edk2ArgumentKinds.NarrowString, Edk2ArgumentKinds.WideChars, Edk2ArgumentKinds.Guid, Edk2ArgumentKinds.Time },
        };
        return Pick(pools[random.Next(pools.Length)]);
    }

    private ArgumentKind Pick(params ArgumentKind[] pool) => pool[random.Next(pool.Length)];
}
