using System;
using System.Collections.ObjectModel;

namespace Cleaner;

/// <summary>
/// The ordered classifiers of a <see cref="CleanerPipelineBuilder"/>, with helpers to place a classifier relative to
/// another by type. Order matters only for ties: on equal scores the earlier classifier's verdict wins.
/// </summary>
public sealed class ClassifierList : Collection<SegmentClassifier>
{
    /// <summary>The first classifier of type <typeparamref name="T"/>, or <see langword="null"/>.</summary>
    public T? Find<T>() where T : SegmentClassifier
    {
        foreach (SegmentClassifier classifier in this)
        {
            if (classifier is T match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>Inserts <paramref name="classifier"/> before the first classifier of type <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no classifier of type <typeparamref name="T"/>.</exception>
    public void InsertBefore<T>(SegmentClassifier classifier) where T : SegmentClassifier => Insert(IndexOf<T>(), classifier);

    /// <summary>Inserts <paramref name="classifier"/> after the first classifier of type <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no classifier of type <typeparamref name="T"/>.</exception>
    public void InsertAfter<T>(SegmentClassifier classifier) where T : SegmentClassifier => Insert(IndexOf<T>() + 1, classifier);

    /// <summary>Replaces the first classifier of type <typeparamref name="T"/> with <paramref name="classifier"/>.</summary>
    /// <exception cref="InvalidOperationException">There is no classifier of type <typeparamref name="T"/>.</exception>
    public void Replace<T>(SegmentClassifier classifier) where T : SegmentClassifier => this[IndexOf<T>()] = classifier;

    /// <summary>Removes every classifier of type <typeparamref name="T"/>; returns whether any was removed.</summary>
    public bool RemoveAll<T>() where T : SegmentClassifier
    {
        bool removed = false;
        for (int i = Count - 1; i >= 0; i--)
        {
            if (this[i] is T)
            {
                RemoveAt(i);
                removed = true;
            }
        }

        return removed;
    }

    /// <inheritdoc />
    protected override void InsertItem(int index, SegmentClassifier item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc />
    protected override void SetItem(int index, SegmentClassifier item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }

    private int IndexOf<T>() where T : SegmentClassifier
    {
        for (int i = 0; i < Count; i++)
        {
            if (this[i] is T)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The pipeline has no classifier of type {typeof(T).Name}.");
    }
}
