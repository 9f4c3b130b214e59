using System;
using FirmwareGuard.Firmware.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
