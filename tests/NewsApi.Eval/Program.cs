using NewsApi.Eval;

// dotnet run -c Release --project tests/NewsApi.Eval -- <what> --data PATH [options]
var command = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
return command switch
{
    "summaries" => SummariesEval.Run(rest),
    "figures" => FiguresEval.Run(rest),
    "dates" => DatesEval.Run(rest),
    "parties" => PartiesEval.Run(rest),
    "quotes" => QuotesEval.Run(rest),
    "train-parties" => NewsApi.Eval.Parties.TrainParties.Run(rest),
    "generate" => GenerateCorpus.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: eval summaries|figures|dates|parties|train-parties|generate --data PATH [options]");
    return 2;
}
