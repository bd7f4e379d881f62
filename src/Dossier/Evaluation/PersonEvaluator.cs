using System.Collections.Immutable;
using Dossier.Corpus;
using Dossier.Documents;
using Dossier.Extraction.Entities;

namespace Dossier.Evaluation;

/// <summary>What <c>dossier eval entities</c> measured on a corpus's people.</summary>
/// <param name="People">Gold people found (a person entity whose name or an alias is theirs) against person entities.</param>
/// <param name="Gold">Number of gold people.</param>
/// <param name="OneEntity">Gold people found as exactly one entity.</param>
/// <param name="Merged">Person entities that match two or more gold people (different people merged).</param>
/// <param name="Roles">Gold roles in all.</param>
/// <param name="RolesRight">Gold roles the person's entity states (title and, when the gold gives one, whose office).</param>
/// <param name="Errors">One line per missed person, extra entity, split person, merge and missed role.</param>
public sealed record PersonEvaluation(PrfScore People, int Gold, int OneEntity, int Merged, int Roles, int RolesRight, ImmutableArray<string> Errors)
{
    /// <summary>Share of gold people found as exactly one entity.</summary>
    public double OneEntityRate => Gold == 0 ? 1 : (double)OneEntity / Gold;

    /// <summary>Share of gold roles stated.</summary>
    public double RoleAccuracy => Roles == 0 ? 1 : (double)RolesRight / Roles;
}

/// <summary>Scores the person entities of a processed corpus against gold people.</summary>
/// <remarks>
/// A person entity matches a gold person when its name or one of its aliases, without titles, case or accents, is the
/// gold name or one of its other spellings. A gold role is right when the matched entity (the one with most mentions)
/// states a role whose title is the gold title or ends with it ("Communist Party Secretary" for "Party Secretary"; US and
/// UK spellings alike) and, when the gold names an owner, whose owner contains it or is contained in it.
/// </remarks>
public static class PersonEvaluator
{
    /// <summary>Scores <paramref name="entities"/> against <paramref name="gold"/>.</summary>
    public static PersonEvaluation Score(ImmutableArray<Entity> entities, ImmutableArray<GoldPerson> gold)
    {
        var lexicon = EntityLexicon.Default;
        string Key(string name) => string.Join(' ', NameKeys.Words(name, lexicon));
        var people = entities.Where(e => e.Kind == EntityKind.Person).ToList();
        var keysOf = people.ToDictionary(e => e.Id, e => e.Aliases.Append(e.Name).Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal));
        var errors = new List<string>();
        var matchedEntities = new Dictionary<string, int>(StringComparer.Ordinal);
        int found = 0, one = 0, roles = 0, rolesRight = 0;
        foreach (var person in gold)
        {
            var keys = person.Also.Append(person.Name).Select(Key).ToHashSet(StringComparer.Ordinal);
            var matches = people.Where(e => keysOf[e.Id].Overlaps(keys)).ToList();
            foreach (var match in matches)
                matchedEntities[match.Id] = matchedEntities.GetValueOrDefault(match.Id) + 1;
            roles += person.Roles.Length;
            if (matches.Count == 0)
            {
                errors.Add($"missed person: {person.Name}");
                continue;
            }
            found++;
            if (matches.Count == 1)
                one++;
            else
                errors.Add($"split person: {person.Name} is {matches.Count} entities ({string.Join(", ", matches.Select(m => m.Name))})");
            var best = matches.OrderByDescending(m => m.Mentions.Length + m.SideMentions.Length).ThenBy(m => m.Id, StringComparer.Ordinal).First();
            foreach (var role in person.Roles)
            {
                if (best.Roles.Any(r => TitleFits(r.Title, role.Title) && OwnerFits(r.Of, role.Of)))
                    rolesRight++;
                else
                    errors.Add($"missed role: {person.Name} as {role.Title}{(role.Of is null ? "" : " of " + role.Of)} (stated: {string.Join("; ", best.Roles.Select(r => r.Title + (r.Of is null ? "" : " of " + r.Of)))})");
            }
        }
        var extra = people.Where(e => !matchedEntities.ContainsKey(e.Id)).ToList();
        errors.AddRange(extra.Select(e => $"not a gold person: {e.Name}"));
        var merged = matchedEntities.Count(m => m.Value > 1);
        errors.AddRange(matchedEntities.Where(m => m.Value > 1).Select(m => $"merged people: {people.First(e => e.Id == m.Key).Name} matches {m.Value} gold people"));
        return new PersonEvaluation(new PrfScore(found, extra.Count, gold.Length - found), gold.Length, one, merged, roles, rolesRight, [.. errors]);
    }

    private static bool TitleFits(string stated, string gold)
    {
        var (s, g) = (RoleRules.Fold(stated), RoleRules.Fold(gold));
        return s == g || s.EndsWith(" " + g, StringComparison.Ordinal);
    }

    private static bool OwnerFits(string? stated, string? gold)
    {
        if (gold is null)
            return true;
        if (stated is null)
            return false;
        var (s, g) = (NameKeys.Fold(stated), NameKeys.Fold(gold));
        return s.Contains(g, StringComparison.Ordinal) || g.Contains(s, StringComparison.Ordinal);
    }
}
