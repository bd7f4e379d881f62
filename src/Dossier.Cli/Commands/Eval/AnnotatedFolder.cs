using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Diagnostics;
using Dossier.Documents;
using Dossier.Ingest;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands.Eval;

/// <summary>
/// The gold modes of the eval commands (<c>dossier eval dates|quotes|events|entities DIR --gold FILE</c>): a folder of
/// reports run through the default pipeline in memory, as <c>ingest</c> would, and scored against a hand annotation.
/// </summary>
internal static class AnnotatedFolder
{
    /// <summary>Stops with an I/O error naming the path when the folder or the annotation file is missing.</summary>
    public static void Require(string folder, string goldPath)
    {
        if (!Directory.Exists(folder))
            throw new CliException(ExitCode.IO, $"{folder}: {DiagnosticCatalog.NotFound.Format()} [{DiagnosticCatalog.NotFound.Code}]");
        if (!File.Exists(goldPath))
            throw new CliException(ExitCode.IO, $"{goldPath}: {DiagnosticCatalog.NotFound.Format()} [{DiagnosticCatalog.NotFound.Code}]");
    }

    /// <summary>The annotation read by <paramref name="parse"/>; a file it cannot read stops with an input error naming
    /// the file, what is wrong and the <paramref name="malformed"/> code.</summary>
    public static T ReadGold<T>(string goldPath, Func<string, T> parse, DiagnosticDescriptor malformed)
    {
        try
        {
            return parse(File.ReadAllText(goldPath));
        }
        catch (FormatException exception)
        {
            throw new CliException(ExitCode.InputErrors, $"{goldPath}: {malformed.Format(exception.Message)} [{malformed.Code}]");
        }
    }

    /// <summary>The annotated items read by <paramref name="parse"/>; a file that is not JSON or lists none stops with an
    /// input error naming the file and the <paramref name="none"/> code.</summary>
    public static ImmutableArray<T> ReadItems<T>(string goldPath, Func<string, ImmutableArray<T>> parse, DiagnosticDescriptor none)
    {
        ImmutableArray<T> items;
        try
        {
            items = parse(File.ReadAllText(goldPath));
        }
        catch (System.Text.Json.JsonException)
        {
            items = [];
        }
        return items.IsEmpty
            ? throw new CliException(ExitCode.InputErrors, $"{goldPath}: {none.Format(goldPath)} [{none.Code}]")
            : items;
    }

    /// <summary>The folder's articles after the per-article stages only.</summary>
    public static ImmutableArray<Doc> Articles(string folder) => DossierPipeline.CreateDefault().ProcessMany(Read(folder));

    /// <summary>The folder's articles after every stage, the corpus stages included.</summary>
    public static CorpusSnapshot Corpus(string folder)
    {
        var pipeline = DossierPipeline.CreateDefault();
        var docs = pipeline.ProcessMany(Read(folder));
        return pipeline.RunCorpus(CorpusSnapshot.Empty with { Articles = [.. docs.DistinctBy(d => d.Id).OrderBy(d => d.Id)] });
    }

    private static RawArticle[] Read(string folder)
    {
        var options = new IngestOptions();
        var reader = new SourceReader(options);
        return [.. SourceScanner.Expand([folder], options, new List<IngestProblem>()).SelectMany(file => reader.Read(file).Articles)];
    }
}
