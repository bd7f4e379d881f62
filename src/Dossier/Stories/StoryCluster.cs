using Dossier.Documents;

namespace Dossier.Stories;

/// <summary>A story while clustering runs: its members, the sum of their vectors, its date range.</summary>
internal sealed class StoryCluster
{
    public StoryCluster(int first, StoryProfile profile, string? fixedId)
    {
        Members = [first];
        FixedId = fixedId;
        Add(profile);
    }

    public List<int> Members { get; }

    /// <summary>The id of a story stored by an earlier run: its membership is kept, it is never merged with another stored story.</summary>
    public string? FixedId { get; private set; }

    public Dictionary<ulong, double> Centroid { get; } = [];

    public double NormSquared { get; private set; }

    public ReferenceDate? Earliest { get; private set; }

    public ReferenceDate? Latest { get; private set; }

    public void AddMember(int member, StoryProfile profile)
    {
        Members.Add(member);
        Add(profile);
    }

    public void Absorb(StoryCluster other)
    {
        Members.AddRange(other.Members);
        foreach (var (term, weight) in other.Centroid)
            Bump(term, weight);
        Widen(other.Earliest);
        Widen(other.Latest);
        FixedId ??= other.FixedId;
    }

    public double Cosine(StoryCluster other)
    {
        var (small, large) = Centroid.Count <= other.Centroid.Count ? (Centroid, other.Centroid) : (other.Centroid, Centroid);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var w))
                dot += weight * w;
        }
        var norms = Math.Sqrt(NormSquared * other.NormSquared);
        return norms == 0 ? 0 : dot / norms;
    }

    /// <summary>Days the two stories would span together, less the imprecision of their extreme dates; 0 when undated.</summary>
    public int SpanWith(StoryCluster other)
    {
        var earliest = Min(Earliest, other.Earliest);
        var latest = Max(Latest, other.Latest);
        return earliest is null || latest is null ? 0 : latest.MinimumGap(earliest);
    }

    private void Add(StoryProfile profile)
    {
        for (var i = 0; i < profile.Terms.Length; i++)
            Bump(profile.Terms[i], profile.Weights[i]);
        Widen(profile.Date);
    }

    private void Bump(ulong term, double weight)
    {
        var old = Centroid.GetValueOrDefault(term);
        Centroid[term] = old + weight;
        NormSquared += (old + weight) * (old + weight) - old * old;
    }

    private void Widen(ReferenceDate? date)
    {
        Earliest = Min(Earliest, date);
        Latest = Max(Latest, date);
    }

    private static ReferenceDate? Min(ReferenceDate? a, ReferenceDate? b) => a is null ? b : b is null ? a : a.Date <= b.Date ? a : b;

    private static ReferenceDate? Max(ReferenceDate? a, ReferenceDate? b) => a is null ? b : b is null ? a : a.Date >= b.Date ? a : b;
}
