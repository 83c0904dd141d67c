using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PatchVmm.Generators.Tests;

/// <summary>The generator's inputs as the tests give them: the real templates, list and
/// instruction table (copied beside the tests), under stable virtual paths so generated
/// <c>#line</c> directives do not depend on where the repository is.</summary>
internal static class GeneratorInputs
{
    public const string TemplateRoot = "/repo/templates/ia64/";
    public const string IsaRoot = "/repo/src/PatchVmm.Ia64/Isa/";

    private static readonly string Inputs = Path.Combine(AppContext.BaseDirectory, "inputs");

    /// <summary>(virtual path, text) of every built-in template and list file, in name order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Templates { get; } = Read(Path.Combine(Inputs, "templates", "ia64"), TemplateRoot);

    /// <summary>(virtual path, text) of every .isa file, in name order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Isa { get; } = Read(Path.Combine(Inputs, "isa"), IsaRoot);

    public static IEnumerable<(string Path, string Text)> All => Templates.Concat(Isa);

    /// <summary>Everything a compilation of generated code needs: the runtime's assemblies and PatchVmm's.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = BuildReferences();

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create("Consumer", sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, Parse, $"/src/File{i}.cs")),
            References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpParseOptions Parse { get; } = new(LanguageVersion.Latest);

    public static ImmutableArray<AdditionalText> Texts(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text))];

    private static IReadOnlyList<(string, string)> Read(string folder, string virtualRoot) =>
        [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (virtualRoot + Path.GetFileName(f), File.ReadAllText(f)))];

    private static ImmutableArray<MetadataReference> BuildReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Concat([typeof(Vmm.VirtualCpu).Assembly.Location, typeof(Ia64.Bundle).Assembly.Location, typeof(Machine.Cpu).Assembly.Location]);
        return [.. paths.Distinct(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    /// <summary>An additional file held in memory.</summary>
    internal sealed class InMemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
