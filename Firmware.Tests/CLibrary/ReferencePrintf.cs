using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FirmwareGuard.Firmware.Tests.CLibrary;

/// <summary>
/// glibc's printf, through reference_printf.c compiled with gcc once per test run. Cases go through
/// one process in bulk. Characters are bytes: every string here must stay within U+0000..U+00FF.
/// </summary>
public sealed class ReferencePrintf : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("firmwareguard-printf-").FullName;
    private readonly string executable;

    public ReferencePrintf()
    {
        executable = Path.Combine(directory, "reference_printf");
        var source = Path.Combine(AppContext.BaseDirectory, "CLibrary", "reference_printf.c");
        var (exitCode, _, errors) = Execute("gcc", ["-O1", "-o", executable, source], input: string.Empty);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"gcc could not build the reference printer: {errors}");
        }
    }

    /// <summary>What glibc's snprintf produces for each case, in order.</summary>
    public IReadOnlyList<string> Print(IReadOnlyList<CCase> cases)
    {
        var input = new StringBuilder();
        foreach (var call in cases)
        {
            input.Append('f').Append(Hex(call.Format));
            foreach (var argument in call.Arguments)
            {
                input.Append(' ').Append(argument.Text is { } text
                    ? "s" + Hex(text)
                    : "i" + argument.Integer.ToString(CultureInfo.InvariantCulture));
            }

            input.Append('\n');
        }

        var (exitCode, output, errors) = Execute(executable, [], input.ToString());
        var lines = output.Split('\n', StringSplitOptions.None)[..^1];
        if (exitCode != 0 || lines.Length != cases.Count)
        {
            throw new InvalidOperationException($"the reference printer failed (exit {exitCode}, {lines.Length} of {cases.Count} results): {errors}");
        }

        return lines.Select(line => Encoding.Latin1.GetString(Convert.FromHexString(line))).ToArray();
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Hex(string text) => Convert.ToHexString(Encoding.Latin1.GetBytes(text));

    private static (int ExitCode, string Output, string Errors) Execute(string program, string[] arguments, string input)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
