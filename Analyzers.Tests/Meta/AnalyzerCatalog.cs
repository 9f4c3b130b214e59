using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Tests.Meta;

/// <summary>What the Analyzers assembly ships, found by reflection so a new analyzer or descriptor is covered without edits here.</summary>
internal static class AnalyzerCatalog
{
    public static Assembly Assembly => typeof(Descriptors).Assembly;

    public static IEnumerable<Type> AnalyzerTypes => Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>Every descriptor in the catalog, with the name of its field (the rule's name).</summary>
    public static IEnumerable<(string Name, DiagnosticDescriptor Descriptor)> Descriptors => typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (f.Name, (DiagnosticDescriptor)f.GetValue(null)!))
        .OrderBy(d => d.Item2.Id, StringComparer.Ordinal);

    public static IEnumerable<object[]> AnalyzerTypeData => AnalyzerTypes.Select(t => new object[] { t.Name });

    public static IEnumerable<object[]> DescriptorIdData => Descriptors.Select(d => new object[] { d.Descriptor.Id });

    public static DiagnosticAnalyzer CreateAnalyzer(string typeName) =>
        (DiagnosticAnalyzer)Activator.CreateInstance(AnalyzerTypes.Single(t => t.Name == typeName))!;

    public static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Descriptor.Id == id).Descriptor;
}
