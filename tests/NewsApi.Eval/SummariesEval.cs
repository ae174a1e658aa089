namespace NewsApi.Eval;

internal static class SummariesEval
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return 2;
    }
}
