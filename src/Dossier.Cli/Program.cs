using Dossier.Cli;

return DossierCli.Run(args, Console.Out, Console.Error, attachedToTerminal: !Console.IsOutputRedirected && !Console.IsErrorRedirected);
