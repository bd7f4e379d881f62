using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Evaluation;

namespace Dossier.Extraction.Events;

/// <summary>Scores of the event extractor on the event gold: events matched by category and trigger, then, on
/// matched events, how often mode, CAMEO code, actors, targets and status are right.</summary>
/// <param name="Items">Texts scored.</param>
/// <param name="Category">An event counts when its PLOVER category is right and its trigger overlaps the gold trigger.</param>
/// <param name="Consult">The same for CONSULT events only (meetings, visits, calls).</param>
/// <param name="ModeRight">Matched events with the right mode.</param>
/// <param name="CameoRight">Matched events with the right CAMEO code.</param>
/// <param name="ActorsRight">Matched events whose every gold actor is found among the actors (one containing the other) and no extra actor.</param>
/// <param name="TargetsRight">The same for targets.</param>
/// <param name="StatusRight">Matched events with the right status.</param>
public sealed record EventEvaluation(int Items, PrfScore Category, PrfScore Consult, int ModeRight, int CameoRight, int ActorsRight, int TargetsRight, int StatusRight)
{
    /// <summary>Nothing scored.</summary>
    public static EventEvaluation Empty { get; } = new(0, default, default, 0, 0, 0, 0, 0);

    /// <summary>Share of matched events with a right field.</summary>
    public double Accuracy(int right) => Category.TruePositives == 0 ? 0 : (double)right / Category.TruePositives;

    /// <summary>The sum of two evaluations.</summary>
    public static EventEvaluation operator +(EventEvaluation a, EventEvaluation b) => new(a.Items + b.Items,
        a.Category + b.Category, a.Consult + b.Consult, a.ModeRight + b.ModeRight, a.CameoRight + b.CameoRight,
        a.ActorsRight + b.ActorsRight, a.TargetsRight + b.TargetsRight, a.StatusRight + b.StatusRight);

    /// <summary>Scores the events found in <paramref name="doc"/> against <paramref name="gold"/>.</summary>
    public static EventEvaluation Score(Doc doc, GoldEventItem gold)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(gold);
        var found = doc.Events;
        var used = new bool[found.Length];
        int tp = 0, consultTp = 0, mode = 0, cameo = 0, actors = 0, targets = 0, status = 0;
        foreach (var g in gold.Events)
        {
            var at = doc.Text.IndexOf(g.Trigger, StringComparison.Ordinal);
            var match = -1;
            for (var i = 0; i < found.Length && match < 0; i++)
            {
                if (!used[i] && found[i].Category == g.Category && at >= 0 && found[i].Trigger.Start < at + g.Trigger.Length && at < found[i].Trigger.End)
                    match = i;
            }
            if (match < 0)
                continue;
            used[match] = true;
            var e = found[match];
            tp++;
            if (g.Category == "CONSULT")
                consultTp++;
            mode += e.Mode == g.Mode ? 1 : 0;
            cameo += e.Cameo == g.Cameo ? 1 : 0;
            actors += Same(doc, e.Actors, g.Actors) ? 1 : 0;
            targets += Same(doc, e.Targets, g.Targets) ? 1 : 0;
            status += e.Status == g.Status ? 1 : 0;
        }
        var goldConsult = gold.Events.Count(g => g.Category == "CONSULT");
        var foundConsult = found.Count(e => e.Category == "CONSULT");
        return new EventEvaluation(1,
            new PrfScore(tp, found.Length - tp, gold.Events.Length - tp),
            new PrfScore(consultTp, foundConsult - consultTp, goldConsult - consultTp),
            mode, cameo, actors, targets, status);
    }

    private static bool Same(Doc doc, ImmutableArray<Text.TextSpan> found, ImmutableArray<string> gold)
    {
        var words = found.Select(s => doc[s]).ToList();
        bool Fits(string a, string b) => a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);
        return words.Count == gold.Length && gold.All(g => words.Any(w => Fits(w, g)));
    }
}
