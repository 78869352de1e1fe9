using System;
using System.Collections;
using System.Collections.Generic;

namespace Cleaner;

/// <summary>An immutable set of <see cref="ResidueKind"/>s, stored as a bit mask.</summary>
public readonly struct ResidueKindSet : IEquatable<ResidueKindSet>, IEnumerable<ResidueKind>
{
    private readonly uint _bits;

    private ResidueKindSet(uint bits) => _bits = bits;

    /// <summary>Every residue kind.</summary>
    public static ResidueKindSet All { get; } = Of(ResidueKinds.All);

    /// <summary>The kinds removed by default: every kind except <see cref="ResidueKind.Attribution"/>.</summary>
    public static ResidueKindSet Default { get; } = All.Without(ResidueKind.Attribution);

    /// <summary>The empty set.</summary>
    public static ResidueKindSet Empty => default;

    /// <summary>A set of the given kinds (<see cref="ResidueKind.None"/> is ignored).</summary>
    public static ResidueKindSet Of(IEnumerable<ResidueKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var set = default(ResidueKindSet);
        foreach (ResidueKind kind in kinds)
        {
            set = set.With(kind);
        }

        return set;
    }

    /// <summary>Whether the set holds <paramref name="kind"/>.</summary>
    public bool Contains(ResidueKind kind) => kind != ResidueKind.None && (_bits & (1u << (int)kind)) != 0;

    /// <summary>The set with <paramref name="kind"/> added.</summary>
    public ResidueKindSet With(ResidueKind kind) => kind == ResidueKind.None ? this : new(_bits | (1u << (int)kind));

    /// <summary>The set with <paramref name="kind"/> removed.</summary>
    public ResidueKindSet Without(ResidueKind kind) => new(_bits & ~(1u << (int)kind));

    /// <inheritdoc />
    public bool Equals(ResidueKindSet other) => _bits == other._bits;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResidueKindSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (int)_bits;

    /// <summary>Equality.</summary>
    public static bool operator ==(ResidueKindSet left, ResidueKindSet right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ResidueKindSet left, ResidueKindSet right) => !left.Equals(right);

    /// <inheritdoc />
    public IEnumerator<ResidueKind> GetEnumerator()
    {
        foreach (ResidueKind kind in ResidueKinds.All)
        {
            if (Contains(kind))
            {
                yield return kind;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join(",", System.Linq.Enumerable.Select(this, k => k.ToName()));
}
