using System.Collections.Immutable;
using Dossier.Corpus;

namespace Dossier.Briefing;

/// <summary>Who met, called, criticised whom: entities as nodes, events between them as typed, weighted edges.</summary>
/// <param name="Nodes">Entities that act or are acted upon, ordered by id.</param>
/// <param name="Edges">One edge per (actor, target, category), weighted by the number of events.</param>
public sealed record ActorNetwork(ImmutableArray<ActorNode> Nodes, ImmutableArray<ActorEdge> Edges)
{
    /// <summary>The network of <paramref name="events"/>, naming nodes from <paramref name="entities"/>.</summary>
    public static ActorNetwork From(IEnumerable<CorpusEvent> events, IReadOnlyDictionary<string, Entity> entities)
    {
        var edges = new SortedDictionary<(string, string, string), (int Weight, SortedSet<string> Modes, SortedSet<string> Events)>();
        foreach (var @event in events)
        {
            foreach (var actor in @event.Actors)
            {
                foreach (var target in @event.Targets)
                {
                    if (actor == target)
                        continue;
                    var key = (actor, target, @event.Category);
                    if (!edges.TryGetValue(key, out var edge))
                        edge = (0, new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                    edge.Modes.Add(@event.Mode);
                    edge.Events.Add(@event.Id);
                    edges[key] = (edge.Weight + 1, edge.Modes, edge.Events);
                }
            }
        }
        var nodeIds = edges.Keys.SelectMany(k => new[] { k.Item1, k.Item2 }).Distinct().Order(StringComparer.Ordinal);
        var nodes = nodeIds.Select(id => entities.TryGetValue(id, out var entity)
            ? new ActorNode(id, entity.Name, ExportTypeName(entity))
            : new ActorNode(id, id, "OTHER"));
        return new ActorNetwork(
            [.. nodes],
            [.. edges.Select(e => new ActorEdge(e.Key.Item1, e.Key.Item2, e.Key.Item3, [.. e.Value.Modes], e.Value.Weight, [.. e.Value.Events]))]);
    }

    // The export's entity types are the kind names in capitals (PERSON, ORG, GPE, …).
    private static string ExportTypeName(Entity entity) => entity.Kind.ToString().ToUpperInvariant();
}

/// <summary>An entity in the actor network.</summary>
public sealed record ActorNode(string Id, string Name, string Type);

/// <summary>Events of one PLOVER category from one actor to one target.</summary>
public sealed record ActorEdge(string Source, string Target, string Category, ImmutableArray<string> Modes, int Weight, ImmutableArray<string> Events);
