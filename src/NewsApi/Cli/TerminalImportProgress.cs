using System.Diagnostics;
using NewsApi.Ingestion;

namespace NewsApi.Cli;

/// <summary>
/// A progress line rewritten in place on a terminal (percent of the input read, counts, rate, ETA), at most ten times
/// a second; rejected records are printed on their own lines above it.
/// </summary>
public sealed class TerminalImportProgress(TextWriter output) : IImportProgress
{
    private long _last;
    private int _width;

    public void Rejected(string location, string reason)
    {
        Clear();
        output.WriteLine($"rejected {location}: {reason}");
    }

    public void Update(ImportSummary sofar, double fraction)
    {
        if (_last != 0 && Stopwatch.GetElapsedTime(_last) < TimeSpan.FromMilliseconds(100))
        {
            return;
        }

        _last = Stopwatch.GetTimestamp();
        var line = ImportText.Progress(sofar, fraction);
        output.Write("\r" + line.PadRight(_width));
        _width = line.Length;
        output.Flush();
    }

    public void Finished(ImportSummary summary)
    {
        Clear();
        output.WriteLine(ImportText.Summary(summary));
    }

    private void Clear()
    {
        if (_width > 0)
        {
            output.Write("\r" + new string(' ', _width) + "\r");
            _width = 0;
        }
    }
}
