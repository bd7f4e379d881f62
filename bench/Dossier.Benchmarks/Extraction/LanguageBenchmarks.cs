using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Dossier.Documents;
using Dossier.Extraction.Entities;
using Dossier.Extraction.Sentences;
using Dossier.Ingest;
using Dossier.Pipeline;
using Dossier.Testing;

namespace Dossier.Benchmarks.Extraction;

/// <summary>Tokenize + split + tag on the clean texts of the seeds and the samples, beside wink-nlp on the same texts.</summary>
/// <remarks>
/// Tokens/s = <see cref="TokenCount"/> (printed at setup) ÷ mean time. The wink-nlp peer runs in a node process started
/// once at setup (bench/peers/wink, <c>npm ci</c> there first); each of its invocations processes all texts once and the
/// pipe round trip is included in its time. Model loading is measured apart, from the shipped file's bytes.
/// </remarks>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private List<string> _texts = [];
    private byte[] _modelBytes = [];
    private NerModel _model = null!;
    private Process? _wink;

    /// <summary>Tokens in all texts, by Dossier's tokenizer.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = new PipelineBuilder().Add(new global::Dossier.Cleaning.ArticleCleaner()).Build();
        var options = new IngestOptions();
        var reader = new SourceReader(options);
        var problems = new List<IngestProblem>();
        foreach (var source in SourceScanner.Expand([RepoPaths.Seeds, RepoPaths.Samples], options, problems))
        {
            foreach (var raw in reader.Read(source).Articles)
                _texts.Add(pipeline.Process(raw).Text);
        }
        _modelBytes = File.ReadAllBytes(Path.Combine(RepoPaths.Models, NerModel.FileName));
        _model = NerModel.Load(new MemoryStream(_modelBytes));
        TokenCount = _texts.Sum(t => NewsTokenizer.Tokenize(t).Length);
        Console.WriteLine($"// {_texts.Count} texts, {TokenCount} tokens");
        _wink = StartWink();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_wink is null)
            return;
        _wink.StandardInput.Close();
        _wink.WaitForExit(5000);
        _wink.Dispose();
    }

    [Benchmark]
    public int TokenizeAndSplit()
    {
        var sentences = 0;
        foreach (var text in _texts)
            sentences += SentenceSplitter.Split(text, NewsTokenizer.Tokenize(text)).Length;
        return sentences;
    }

    [Benchmark(Baseline = true)]
    public int TokenizeSplitAndTag()
    {
        var mentions = 0;
        foreach (var text in _texts)
        {
            var tokens = NewsTokenizer.Tokenize(text);
            mentions += EntityRecognizer.Recognise(_model, text, SentenceSplitter.Split(text, tokens), tokens).Length;
        }
        return mentions;
    }

    [Benchmark]
    public int WinkNlpSameTexts()
    {
        if (_wink is null)
            return 0;
        _wink.StandardInput.WriteLine("run");
        var answer = _wink.StandardOutput.ReadLine() ?? throw new InvalidOperationException("wink peer stopped");
        return int.Parse(answer.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark]
    public int LoadModel() => NerModel.Load(new MemoryStream(_modelBytes)).FeatureCount;

    private Process? StartWink()
    {
        var peer = Path.Combine(RepoPaths.Root, "bench", "peers", "wink");
        if (!Directory.Exists(Path.Combine(peer, "node_modules")))
        {
            Console.WriteLine("// wink-nlp peer not installed (cd bench/peers/wink && npm ci): WinkNlpSameTexts returns 0");
            return null;
        }
        var textsFile = Path.Combine(Path.GetTempPath(), $"dossier-bench-texts-{Environment.ProcessId}.json");
        File.WriteAllText(textsFile, JsonSerializer.Serialize(_texts));
        var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(peer, "wink-bench.js"), textsFile])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = peer,
        })!;
        if (process.StandardOutput.ReadLine() != "ready")
            throw new InvalidOperationException("wink peer did not start");
        return process;
    }
}
