using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// A <see cref="CallEdit"/> turned into syntax for one call, with every precondition checked: the
/// rewritten invocation, and the locals that keep each argument evaluated exactly once and in its
/// original order (the FG0001 page's "Code fixes" says exactly when). <see cref="Plan"/> returns null whenever the edit cannot be made
/// faithfully, so a fixer offers only actions that work.
/// </summary>
internal sealed class CallRewrite
{
    private readonly InvocationExpressionSyntax original;
    private readonly InvocationExpressionSyntax rewritten;
    private readonly ImmutableArray<StatementSyntax> locals;
    private readonly InsertionPoint? insertionPoint;

    private CallRewrite(InvocationExpressionSyntax original, InvocationExpressionSyntax rewritten, ImmutableArray<StatementSyntax> locals, InsertionPoint? insertionPoint)
    {
        this.original = original;
        this.rewritten = rewritten;
        this.locals = locals;
        this.insertionPoint = insertionPoint;
    }

    public static CallRewrite? Plan(ShimCall call, CallEdit edit, SemanticModel model)
    {
        if (call.Invocation.Syntax is not InvocationExpressionSyntax invocation || edit.IsEmpty)
        {
            return null;
        }

        var directiveTexts = ChangedDirectives(call, edit);
        if (directiveTexts is null || (directiveTexts.Count > 0 && !RewrittenFormat.IsFaithful(call.Format!, directiveTexts)))
        {
            return null;
        }

        var literals = FormatLiteralEdit.Build(call, directiveTexts, edit.AppendsNewline);
        var hoisted = new HoistedCode(invocation, model);
        var moves = Moves(call, edit, hoisted);
        if (literals is null || moves is null)
        {
            return null;
        }

        InsertionPoint? insertionPoint = null;
        var localStatements = ImmutableArray<StatementSyntax>.Empty;
        var readAs = new Dictionary<int, ExpressionSyntax>();
        if (moves.Count > 0)
        {
            insertionPoint = InsertionPoint.Find(call, model, hoisted);
            if (insertionPoint is null)
            {
                return null;
            }

            var names = new LocalNames(invocation, model);
            var statements = ImmutableArray.CreateBuilder<StatementSyntax>();
            foreach (var index in moves.Keys.OrderBy(i => i))
            {
                var statement = Local(call.Arguments[index], moves[index], names, model, out var name);
                if (statement is null)
                {
                    return null;
                }

                statements.Add(statement);
                if (name is not null)
                {
                    readAs.Add(index, IdentifierName(name));
                }
            }

            localStatements = statements.ToImmutable();
        }

        var items = Items(call, edit, readAs, model);
        if (items is null)
        {
            return null;
        }

        var result = (InvocationExpressionSyntax)invocation.ReplaceNodes(
            literals.Keys.Cast<SyntaxNode>().Concat(items.Keys),
            (before, after) => before is ExpressionSyntax expression && literals.TryGetValue(expression, out var literal) ? literal : ListItems.Replace(after, items[before]));
        if (localStatements.IsEmpty && result.IsEquivalentTo(invocation))
        {
            return null;
        }

        return new CallRewrite(invocation, result, localStatements, insertionPoint);
    }

    /// <summary>The new document root: the call rewritten, its locals before its statement (expression bodies become blocks).</summary>
    public SyntaxNode Apply(SyntaxNode root)
    {
        if (insertionPoint is null || locals.IsEmpty)
        {
            return root.ReplaceNode(original, rewritten);
        }

        var statements = locals.Select(s => s.WithAdditionalAnnotations(Formatter.Annotation)).ToList();
        switch (insertionPoint.Anchor)
        {
            case LocalDeclarationStatementSyntax declaration when insertionPoint.SplitAtDeclarator > 0:
                var split = RewriteWithin(declaration);
                var variables = split.Declaration.Variables;
                var head = split.WithDeclaration(split.Declaration.WithVariables(SeparatedList(variables.Take(insertionPoint.SplitAtDeclarator))));
                var tail = split.WithDeclaration(split.Declaration.WithVariables(SeparatedList(
                    variables.Skip(insertionPoint.SplitAtDeclarator).Select((v, i) => i == 0 ? v.WithoutLeadingTrivia() : v))));
                statements[0] = statements[0].WithLeadingTrivia(Indentation(declaration));
                statements.Insert(0, head);
                statements.Add(tail.WithLeadingTrivia(Indentation(declaration)).WithAdditionalAnnotations(Formatter.Annotation));
                return Replace(root, declaration, statements);
            case StatementSyntax statement:
                var updated = RewriteWithin(statement);
                statements[0] = statements[0].WithLeadingTrivia(statement.GetLeadingTrivia());
                statements.Add(updated.WithLeadingTrivia(Indentation(statement)));
                return Replace(root, statement, statements);
            case ArrowExpressionClauseSyntax arrow:
                var member = arrow.Parent!;
                var body = Body(RewriteWithin(arrow.Expression), statements);
                return root.ReplaceNode(member, WithBlockBody(member, body).WithAdditionalAnnotations(Formatter.Annotation));
            case AnonymousFunctionExpressionSyntax lambda:
                var block = OnSeparateLines(Body(RewriteWithin(lambda.ExpressionBody!), statements));
                var converted = lambda switch
                {
                    SimpleLambdaExpressionSyntax simple => (SyntaxNode)simple.WithExpressionBody(null).WithBlock(block),
                    ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.WithExpressionBody(null).WithBlock(block),
                    _ => lambda,
                };
                return root.ReplaceNode(lambda, converted.WithAdditionalAnnotations(Formatter.Annotation));
            default:
                return root;
        }
    }

    /// <summary><paramref name="statement"/> replaced by <paramref name="statements"/>, in a new block where it stood alone (an <c>if</c>'s body).</summary>
    private static SyntaxNode Replace(SyntaxNode root, StatementSyntax statement, List<StatementSyntax> statements) => statement.Parent switch
    {
        BlockSyntax or SwitchSectionSyntax => root.ReplaceNode(statement, statements),
        GlobalStatementSyntax global => root.ReplaceNode(global, statements.Select(GlobalStatement)),
        _ => root.ReplaceNode(statement, Block(statements.Select(s => s.WithoutLeadingTrivia())).WithTriviaFrom(statement).WithAdditionalAnnotations(Formatter.Annotation)),
    };

    private BlockSyntax Body(ExpressionSyntax expression, List<StatementSyntax> statements)
    {
        var last = insertionPoint!.ReturnsValue ? (StatementSyntax)ReturnStatement(expression.WithoutTrivia()) : ExpressionStatement(expression.WithoutTrivia());
        return Block(statements.Append(last));
    }

    /// <summary>A lambda's new block laid out one statement per line (the formatter keeps an inline block inline).</summary>
    private static BlockSyntax OnSeparateLines(BlockSyntax block) =>
        block.WithOpenBraceToken(block.OpenBraceToken.WithTrailingTrivia(ElasticCarriageReturnLineFeed))
            .WithStatements(List(block.Statements.Select(s => s.WithTrailingTrivia(ElasticCarriageReturnLineFeed))));

    private static SyntaxNode WithBlockBody(SyntaxNode member, BlockSyntax body) => member switch
    {
        BaseMethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
        LocalFunctionStatementSyntax function => function.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
        AccessorDeclarationSyntax accessor => accessor.WithExpressionBody(null).WithSemicolonToken(default).WithBody(body),
        PropertyDeclarationSyntax property => property.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)))),
        IndexerDeclarationSyntax indexer => indexer.WithExpressionBody(null).WithSemicolonToken(default)
            .WithAccessorList(AccessorList(SingletonList(AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, body)))),
        _ => member,
    };

    private T RewriteWithin<T>(T node)
        where T : SyntaxNode =>
        node == original ? (T)(SyntaxNode)rewritten : node.ReplaceNode(original, rewritten);

    private static SyntaxTriviaList Indentation(SyntaxNode statement)
    {
        var leading = statement.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? TriviaList(leading[leading.Count - 1])
            : TriviaList();
    }

    /// <summary>Directive index to new text, for directives whose text changes; null when an index does not exist.</summary>
    private static Dictionary<int, string>? ChangedDirectives(ShimCall call, CallEdit edit)
    {
        var changed = new Dictionary<int, string>();
        foreach (var pair in edit.Directives)
        {
            if (call.Format is not { } format || pair.Key < 0 || pair.Key >= format.Directives.Length)
            {
                return null;
            }

            if (format.Directives[pair.Key].Text != pair.Value)
            {
                changed.Add(pair.Key, pair.Value);
            }
        }

        return changed;
    }

    /// <summary>
    /// The arguments that must move into a local before the statement: a split argument that cannot
    /// be read twice and a removed argument with side effects; then, so that every argument still
    /// sees what it saw, every earlier argument that stays in the call unless the code hoisted after
    /// it cannot change it (<see cref="HoistedCode.CannotChange"/>), working back from the last, so
    /// that <paramref name="hoisted"/> holds, at each argument, the code hoisted after it, and in
    /// the end all of it. The value says whether the call still reads the local (false: a removed
    /// argument, kept only for its side effects).
    /// </summary>
    private static Dictionary<int, bool>? Moves(ShimCall call, CallEdit edit, HoistedCode hoisted)
    {
        if (!edit.Arguments.IsEmpty && !call.ArgumentsKnown)
        {
            return null;
        }

        var moves = new Dictionary<int, bool>();
        foreach (var pair in edit.Arguments)
        {
            if (pair.Key < 0 || pair.Key >= call.Arguments.Length)
            {
                return null;
            }

            var value = call.Arguments[pair.Key].Value;
            if (pair.Value == ArgumentChange.SplitHalves && !Purity.CanReadTwice(value))
            {
                moves.Add(pair.Key, true);
            }
            else if (pair.Value == ArgumentChange.Remove && !Purity.IsSideEffectFree(value))
            {
                moves.Add(pair.Key, false);
            }
        }

        if (moves.Count == 0)
        {
            return moves;
        }

        for (var index = moves.Keys.Max(); index >= 0; index--)
        {
            var value = call.Arguments[index].Value;
            var isRemoved = edit.Arguments.TryGetValue(index, out var change) && change == ArgumentChange.Remove;
            if (!moves.ContainsKey(index))
            {
                if (isRemoved || hoisted.IsEmpty || hoisted.CannotChange(value))
                {
                    continue;
                }

                moves.Add(index, true);
            }

            hoisted.Add(value);
        }

        return moves;
    }

    /// <summary><c>var name = expression;</c>, or <c>_ = expression;</c> for a value kept only for its side effects.</summary>
    private static StatementSyntax? Local(ShimArgument argument, bool isRead, LocalNames names, SemanticModel model, out string? name)
    {
        name = null;
        if (ListItems.Locate(argument.Syntax) is not { } item
            || item.Written.DescendantNodesAndSelf().Any(n => n is DeclarationExpressionSyntax or DeclarationPatternSyntax or RecursivePatternSyntax or VarPatternSyntax))
        {
            return null;
        }

        var expression = item.Written.WithoutTrivia();
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression.WithoutTrivia();
        }

        var natural = model.GetTypeInfo(item.Written).Type;
        if (natural is { IsRefLikeType: true } || (natural is null && argument.Type is null))
        {
            return null;
        }

        if (!isRead && natural is not null && model.LookupSymbols(item.Written.SpanStart, name: "_").IsEmpty)
        {
            return ExpressionStatement(AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, IdentifierName("_"), expression));
        }

        name = names.For(item.Written);
        var type = natural is null
            ? ParseTypeName(argument.Type!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation)
            : IdentifierName("var");
        return LocalDeclarationStatement(VariableDeclaration(type, SingletonSeparatedList(
            VariableDeclarator(Identifier(name)).WithInitializer(EqualsValueClause(expression)))));
    }

    /// <summary>For each argument list to change, the items that change, by index; null when an argument cannot be rewritten.</summary>
    private static Dictionary<SyntaxNode, IReadOnlyDictionary<int, IReadOnlyList<ExpressionSyntax>>>? Items(
        ShimCall call, CallEdit edit, Dictionary<int, ExpressionSyntax> readAs, SemanticModel model)
    {
        var items = new Dictionary<SyntaxNode, IReadOnlyDictionary<int, IReadOnlyList<ExpressionSyntax>>>();
        void Add(SyntaxNode container, int index, IReadOnlyList<ExpressionSyntax> replacement)
        {
            if (!items.TryGetValue(container, out var list))
            {
                items.Add(container, list = new Dictionary<int, IReadOnlyList<ExpressionSyntax>>());
            }

            ((Dictionary<int, IReadOnlyList<ExpressionSyntax>>)list)[index] = replacement;
        }

        foreach (var argument in call.Arguments)
        {
            var hasChange = edit.Arguments.TryGetValue(argument.Index, out var change);
            var isMoved = readAs.TryGetValue(argument.Index, out var local);
            if (!hasChange && !isMoved)
            {
                continue;
            }

            if (ListItems.Locate(argument.Syntax) is not { } item)
            {
                return null;
            }

            var value = isMoved ? local! : item.Written;
            var replacement = hasChange ? Changed(argument, change, value, item.Written, model) : ImmutableArray.Create(value);
            if (replacement is null)
            {
                return null;
            }

            Add(item.Container, item.Index, replacement);
        }

        if (edit.PrintFormatAsString)
        {
            if (FormatPrintedAsString(call, out var container) is not { } replaced)
            {
                return null;
            }

            foreach (var pair in replaced)
            {
                Add(container!, pair.Key, pair.Value);
            }
        }

        return items;
    }

    private static IReadOnlyList<ExpressionSyntax>? Changed(ShimArgument argument, ArgumentChange change, ExpressionSyntax value, ExpressionSyntax written, SemanticModel model)
    {
        if (change == ArgumentChange.PrependUpperHalf)
        {
            return value == written ? ArgumentExpressions.WithUpperHalf(argument.Value, written) : null;
        }

        var constant = IntegerValue.Of(argument.Value);
        if (change != ArgumentChange.Remove && (argument.Class != ArgumentClass.Integer64 || argument.Type is null))
        {
            return null;
        }

        switch (change)
        {
            case ArgumentChange.SplitHalves:
                return ArgumentExpressions.SplitHalves(value, argument.Type!, constant, OverflowContext.IsChecked(written, model.Compilation));
            case ArgumentChange.CheckedToInt or ArgumentChange.CheckedToUInt:
                return ImmutableArray.Create(ArgumentExpressions.CheckedNarrowing(value, change == ArgumentChange.CheckedToInt, OverflowContext.IsChecked(written, model.Compilation)));
            case ArgumentChange.ConstantToInt or ArgumentChange.ConstantToUInt:
                var signed = change == ArgumentChange.ConstantToInt;
                var fits = constant is { } c && (signed
                    ? c >= IntegerValue.IntMinimum && c <= IntegerValue.IntMaximum
                    : c >= 0 && c <= IntegerValue.UIntMaximum);
                return fits ? ImmutableArray.Create(ArgumentExpressions.NarrowConstant(written, constant!.Value, signed, model)) : null;
            case ArgumentChange.Remove:
                return ImmutableArray<ExpressionSyntax>.Empty;
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>Printf(s)</c> → <c>Printf("%s", s)</c>, <c>PrintfVar(s, __arglist())</c> → <c>PrintfVar("%s", __arglist(s))</c>:
    /// the items of the call's argument list to replace, when the format is followed by no variable arguments.
    /// </summary>
    private static Dictionary<int, IReadOnlyList<ExpressionSyntax>>? FormatPrintedAsString(ShimCall call, out SyntaxNode? container)
    {
        container = null;
        if (!call.ArgumentsKnown || !call.Arguments.IsEmpty || call.FormatValue is null
            || ListItems.Locate(call.FormatValue.Syntax) is not { Container: ArgumentListSyntax list } format)
        {
            return null;
        }

        container = list;
        var percentS = LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("%s"));
        var data = format.Written.WithoutTrivia();
        if (call.Shim.Shape != VariadicShape.ArgList)
        {
            return format.Index == list.Arguments.Count - 1
                ? new Dictionary<int, IReadOnlyList<ExpressionSyntax>> { [format.Index] = new[] { percentS, data } }
                : null;
        }

        if (format.Index != list.Arguments.Count - 2
            || list.Arguments[format.Index + 1].Expression is not InvocationExpressionSyntax { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.ArgListExpression } } argList
            || argList.ArgumentList.Arguments.Count != 0)
        {
            return null;
        }

        return new Dictionary<int, IReadOnlyList<ExpressionSyntax>>
        {
            [format.Index] = new[] { percentS },
            [format.Index + 1] = new ExpressionSyntax[] { argList.WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(data)))) },
        };
    }
}
