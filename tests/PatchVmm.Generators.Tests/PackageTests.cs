using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace PatchVmm.Generators.Tests;

/// <summary><c>dotnet pack</c> of the generator: the generator in analyzers/dotnet/cs, props
/// that add the templates and the instruction table it ships; a project outside the repository
/// that references only the package from a local folder feed (and PatchVmm's runtime
/// assemblies) builds a table with every built-in routine and runs it.</summary>
public sealed class PackageTests
{
    [Fact]
    public void APackageFromALocalFeedGivesAConsumerTheBuiltInTable()
    {
        string root = RepositoryRoot();
        string work = Path.Combine(Path.GetTempPath(), $"patchvmm-pack-{Guid.NewGuid():N}");
        try
        {
            string feed = Path.Combine(work, "feed");
            Dotnet(work, root, "pack", Path.Combine(root, "generators", "PatchVmm.Generators", "PatchVmm.Generators.csproj"), "-c", "Release", "--no-restore",
                "-o", feed, $"-p:OutputPath={Path.Combine(work, "bin")}/", $"-p:IntermediateOutputPath={Path.Combine(work, "obj")}/");
            string package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
            using (var zip = ZipFile.OpenRead(package))
            {
                var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
                Assert.Contains("analyzers/dotnet/cs/PatchVmm.Generators.dll", entries);
                Assert.Contains("build/PatchVmm.Generators.props", entries);
                Assert.Contains("templates/ia64/sensitive.list", entries);
                Assert.Contains("isa/m-sys.isa", entries);
                Assert.Equal(GeneratorInputs.Templates.Count, entries.Count(e => e.StartsWith("templates/ia64/", StringComparison.Ordinal)));
                Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
            }

            string consumer = Path.Combine(work, "consumer");
            Directory.CreateDirectory(consumer);
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            string references = string.Join("\n", new[] { typeof(Vmm.VirtualCpu), typeof(Ia64.Bundle), typeof(Machine.Cpu) }
                .Select(t => $"    <Reference Include=\"{t.Assembly.GetName().Name}\"><HintPath>{t.Assembly.Location}</HintPath></Reference>"));
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <PatchVmmTableName>Consumer.Table</PatchVmmTableName>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="PatchVmm.Generators" Version="0.1.0" PrivateAssets="all" />
                {references}
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                System.Console.WriteLine(Consumer.Table.RoutineCount);
                System.Console.WriteLine(new PatchVmm.Vmm.Patching.Patcher<Consumer.Table>().Options.BreakBase);
                """);
            Dotnet(work, consumer, "build", "-c", "Release", "-o", Path.Combine(consumer, "out"));
            string output = Dotnet(work, consumer, "exec", Path.Combine(consumer, "out", "Consumer.dll"));
            Assert.Equal($"{Vmm.BuiltIn.EmulationTable.RoutineCount}\n{0x140000}\n", output.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static string RepositoryRoot([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    // Runs dotnet with its own package folder (so the global cache never holds this test's package).
    private static string Dotnet(string work, string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(work, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        Assert.True(p.WaitForExit(300_000), $"dotnet {string.Join(' ', args)} did not finish in 5 minutes");
        Assert.True(p.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed ({p.ExitCode}):\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
