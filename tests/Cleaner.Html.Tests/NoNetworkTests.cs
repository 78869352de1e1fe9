using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Cleaner.Html.Tests;

public class NoNetworkTests
{
    /// <summary>Records every request SmartReader would send, and fails it.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        private int _requests;

        public int Requests => Volatile.Read(ref _requests);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            throw new HttpRequestException("The HTML adapter must not touch the network: " + request.RequestUri);
        }
    }

    [Fact]
    public void Cleaning_sends_no_request_even_for_a_page_with_images_and_an_address()
    {
        // SmartReader's HTTP handler is process-wide: install one that records and fails every request.
        var handler = new RecordingHandler();
        SmartReader.Reader.SetBaseHttpClientHandler(handler);

        string html = Pages.NewsPage().Replace("<img src=\"bridge.jpg\"", "<img src=\"https://unroutable.invalid/bridge.jpg\" data-src=\"/lazy.jpg\"", StringComparison.Ordinal);
        var watch = Stopwatch.StartNew();
        HtmlCleanResult result = HtmlCleaner.Clean(html, new Uri("https://unroutable.invalid/news/bridge"));
        watch.Stop();

        Assert.Equal(0, handler.Requests);
        Assert.Equal(HtmlSource.Article, result.Source);
        Assert.Contains(Pages.Paragraphs[0], result.Text, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"Took {watch.Elapsed}; a network attempt would time out.");
    }

    [Fact]
    public void A_relative_or_missing_address_is_fine()
    {
        Assert.Contains(Pages.Paragraphs[0], HtmlCleaner.Clean(Pages.NewsPage(), new Uri("/news/bridge", UriKind.Relative)).Text, StringComparison.Ordinal);
        Assert.Contains(Pages.Paragraphs[0], HtmlCleaner.Clean(Pages.NewsPage(), url: null).Text, StringComparison.Ordinal);
    }
}
