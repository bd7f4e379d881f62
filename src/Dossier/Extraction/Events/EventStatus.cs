using System.Collections.Immutable;
using Dossier.Documents;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>How an event mention is told, read the same way by every stage that compares mentions.</summary>
internal static class EventStatus
{
    /// <summary>True for an event told as still to come (<c>planned</c>, <c>expected</c>); false for one told as done
    /// (<c>happened</c>, or <c>reported</c> by someone).</summary>
    public static bool IsPlan(string status) => status is "planned" or "expected";

    /// <summary>Who acts: the persons pronoun actors refer to when any needed resolving, else the actors as written.</summary>
    public static ImmutableArray<TextSpan> ActorsOf(EventMention e) => e.ActorReferents.IsDefaultOrEmpty ? e.Actors : e.ActorReferents;
}
