using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace FirmwareGuard.Tests.Package;

/// <summary>One run of the <c>dotnet</c> command line, as a user types it, with its exit code and output.</summary>
internal sealed class DotnetRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    private DotnetRun(string command, int exitCode, string output)
    {
        Command = command;
        ExitCode = exitCode;
        Output = output;
    }

    public string Command { get; }

    public int ExitCode { get; }

    /// <summary>Standard output and standard error, interleaved as they came.</summary>
    public string Output { get; }

    public IEnumerable<string> Lines => Output.Split('\n').Select(l => l.TrimEnd('\r'));

    public static async Task<DotnetRun> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under MSBuild's environment; a nested build must start from a user's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Limit)) != exited)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish within {Limit}:\n{output}");
        }

        await exited;
        return new DotnetRun("dotnet " + string.Join(" ", arguments), process.ExitCode, output.ToString());

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (output)
                {
                    output.AppendLine(line);
                }
            }
        }
    }

    public override string ToString() => $"{Command} exited with {ExitCode}:\n{Output}";
}
