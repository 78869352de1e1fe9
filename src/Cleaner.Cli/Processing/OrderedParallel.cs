using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Cleaner.Cli.Processing;

/// <summary>
/// Runs a transform over a sequence on up to <c>jobs</c> threads and hands the results to a consumer in input order.
/// Memory stays bounded: at most <c>jobs</c> items are being transformed and at most <c>2 × jobs</c> finished results
/// wait for the consumer, whatever the length of the sequence. The consumer is told when it is about to wait (so it
/// can flush its output) and can stop the run by returning <see langword="false"/>.
/// </summary>
/// <typeparam name="TIn">The items read, in order, by one producer.</typeparam>
/// <typeparam name="TOut">The transformed items; the transform must not throw for bad input (return an error result).</typeparam>
internal sealed class OrderedParallel<TIn, TOut>
{
    private readonly Func<TIn, TOut> _transform;
    private readonly int _jobs;

    public OrderedParallel(Func<TIn, TOut> transform, int jobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        _transform = transform;
        _jobs = jobs;
    }

    /// <summary>
    /// Transforms every item of <paramref name="source"/> and passes the results, in order, to <paramref name="consume"/>;
    /// <paramref name="idle"/> runs whenever the consumer would otherwise wait for the next result.
    /// </summary>
    /// <returns><see langword="false"/> when the consumer stopped the run early.</returns>
    public async Task<bool> RunAsync(IEnumerable<TIn> source, Func<TOut, bool> consume, Action idle)
    {
        if (_jobs == 1)
        {
            // No threads to coordinate: the source itself calls idle before it blocks (see the JSONL reader).
            foreach (TIn item in source)
            {
                if (!consume(_transform(item)))
                {
                    return false;
                }
            }

            idle();
            return true;
        }

        // Neither is disposed: when the consumer stops early, the producer may still be blocked reading its source
        // (standard input) and running transforms still release the gate; the run returns without waiting for them.
        var stop = new CancellationTokenSource();
        var gate = new SemaphoreSlim(_jobs);
        Channel<Task<TOut>> channel = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(_jobs * 2)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        Task producer = Task.Run(() => ProduceAsync(source, channel.Writer, gate, stop.Token));

        ChannelReader<Task<TOut>> reader = channel.Reader;
        while (true)
        {
            if (!reader.TryRead(out Task<TOut>? next))
            {
                idle();
                if (!await reader.WaitToReadAsync().ConfigureAwait(false))
                {
                    break;
                }

                continue;
            }

            if (!next.IsCompleted)
            {
                idle();
            }

            if (!consume(await next.ConfigureAwait(false)))
            {
                await stop.CancelAsync().ConfigureAwait(false);
                idle();
                return false;
            }
        }

        await producer.ConfigureAwait(false);
        idle();
        return true;
    }

    private async Task ProduceAsync(IEnumerable<TIn> source, ChannelWriter<Task<TOut>> writer, SemaphoreSlim gate, CancellationToken stop)
    {
        try
        {
            foreach (TIn item in source)
            {
                await gate.WaitAsync(stop).ConfigureAwait(false);
                Task<TOut> work = Task.Run(() =>
                {
                    try
                    {
                        return _transform(item);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }, CancellationToken.None);
                await writer.WriteAsync(work, stop).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }
}
