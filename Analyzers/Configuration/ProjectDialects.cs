using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.Configuration;

/// <summary>
/// The dialects one project can name: the built-in ones, then those of its dialect files — the
/// <c>AdditionalFiles</c> whose names end in <c>.printf-dialects.ini</c>, taken in path order. A
/// file's text is parsed once, however many analyzers and compilations read it. A dialect whose name
/// is taken (built in, or by an earlier file) is a problem of the later file and is not added.
/// </summary>
internal sealed class ProjectDialects
{
    public const string FileSuffix = ".printf-dialects.ini";

    private static readonly ConditionalWeakTable<SourceText, DialectFileResult> Parsed = new();
    private static readonly ConditionalWeakTable<SourceText, DialectFileResult>.CreateValueCallback Parse = text => DialectFile.Parse(text.ToString());

    private static readonly ProjectDialects BuiltInOnly = new(DialectSet.BuiltIn, ImmutableArray<DialectFileProblems>.Empty, ImmutableDictionary<string, string>.Empty);

    private ProjectDialects(DialectSet dialects, ImmutableArray<DialectFileProblems> problems, ImmutableDictionary<string, string> rejected)
    {
        Dialects = dialects;
        Problems = problems;
        Rejected = rejected;
    }

    public DialectSet Dialects { get; }

    /// <summary>The dialect files with something wrong, each once.</summary>
    public ImmutableArray<DialectFileProblems> Problems { get; }

    /// <summary>The dialects a file defines but that were left out for their problems, with the file's name (the first such file per name).</summary>
    public ImmutableDictionary<string, string> Rejected { get; }

    public static bool IsDialectFile(string path) => path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase);

    public static ProjectDialects Load(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var files = additionalFiles.Where(f => IsDialectFile(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return BuiltInOnly;
        }

        var dialects = new List<Dialect>(BuiltInDialects.All);
        var definedIn = dialects.ToDictionary(d => d.Name, _ => "built in", StringComparer.OrdinalIgnoreCase);
        var problems = ImmutableArray.CreateBuilder<DialectFileProblems>();
        var sections = new List<(string Name, string File)>();
        foreach (var file in files)
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                problems.Add(new DialectFileProblems(file.Path, null, ImmutableArray<DialectFileError>.Empty));
                continue;
            }

            var result = Parsed.GetValue(text, Parse);
            sections.AddRange(result.SectionNames.Select(name => (name, System.IO.Path.GetFileName(file.Path))));
            var errors = result.Errors.ToBuilder();
            foreach (var dialect in result.Dialects)
            {
                if (definedIn.TryGetValue(dialect.Name, out var earlier))
                {
                    errors.Add(new DialectFileError(result.LineOf(dialect), $"dialect '{dialect.Name}' is already defined ({earlier}): give this one another name"));
                    continue;
                }

                definedIn.Add(dialect.Name, "in " + System.IO.Path.GetFileName(file.Path));
                dialects.Add(dialect);
            }

            if (errors.Count > 0)
            {
                problems.Add(new DialectFileProblems(file.Path, text, errors.OrderBy(e => e.Line).ToImmutableArray()));
            }
        }

        var rejected = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, file) in sections.Where(s => !definedIn.ContainsKey(s.Name) && !rejected.ContainsKey(s.Name)))
        {
            rejected.Add(name, file);
        }

        return new ProjectDialects(new DialectSet(dialects.ToImmutableArray()), problems.ToImmutable(), rejected.ToImmutable());
    }
}
