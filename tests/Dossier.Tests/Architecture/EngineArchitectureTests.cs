using System.Reflection;
using Dossier.Documents;

namespace Dossier.Tests.Architecture;

/// <summary>Keeps the engine a library: no network, no database driver, no host; types sealed unless designed for inheritance.</summary>
public sealed class EngineArchitectureTests
{
    private static readonly Assembly Engine = typeof(Doc).Assembly;

    [Fact]
    public void TheEngineReferencesNoNetworkStorageDriverOrHost()
    {
        var forbidden = new[] { "System.Net.Http", "Microsoft.Data.Sqlite", "Npgsql", "Microsoft.AspNetCore", "System.CommandLine", "Spectre.Console" };
        var referenced = Engine.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void PublicClassesAreSealedStaticOrAbstract()
    {
        var open = Engine.GetExportedTypes()
            .Where(type => type.IsClass && !type.IsSealed && !type.IsAbstract && !typeof(Exception).IsAssignableFrom(type))
            .Select(type => type.FullName)
            .ToList();
        Assert.Empty(open);
    }

    [Fact]
    public void EveryStageFolderIsItsOwnNamespace()
    {
        var misplaced = Engine.GetTypes()
            .Where(type => type.Namespace is not null && !type.Namespace.StartsWith("Dossier", StringComparison.Ordinal)
                && !type.Namespace.StartsWith("System.Text.RegularExpressions.Generated", StringComparison.Ordinal))
            .Select(type => type.FullName)
            .ToList();
        Assert.Empty(misplaced);
    }
}
