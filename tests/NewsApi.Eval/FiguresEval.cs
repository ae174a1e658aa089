namespace NewsApi.Eval;

internal static class FiguresEval
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("not implemented yet");
        return 2;
    }
}
