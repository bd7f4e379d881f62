namespace Dossier.Testing;

/// <summary>Where the repository, its samples and the shared data folder are, found from the test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Docs => Path.Combine(Root, "docs");

    public static string Models => Path.Combine(Root, "models");

    public static string TestData => Path.Combine(Root, "testdata");

    /// <summary>The shared folder beside the repository (CI checks it out there).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => RequireShared(Path.Combine("corpus", "seeds"));

    /// <summary>A path inside ../shared, failing with a clear message when the shared folder is missing.</summary>
    public static string RequireShared(string relative)
    {
        var path = Path.Combine(Shared, relative);
        if (!Path.Exists(path))
            throw new InvalidOperationException($"{path} is missing: the tests need ../shared beside the repository (as CI has it).");
        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dossier.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Cannot find Dossier.slnx above " + AppContext.BaseDirectory);
    }
}
