using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Shortlist.Web.Tests.Infrastructure;

/// <summary>
/// A small real SMTP server (RFC 5321: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) on a loopback port, started and stopped by
/// the test, so delivery through MailKit is tested over a socket, including while the server is down. It can refuse every
/// recipient with a permanent error.
/// </summary>
public sealed class LoopbackSmtpServer(int port) : IAsyncDisposable
{
    private TcpListener? _listener;
    private CancellationTokenSource? _stop;
    private Task? _loop;

    public int Port { get; } = port;

    /// <summary>Every message received, as the DATA text (dot-unstuffed).</summary>
    public ConcurrentQueue<(string Recipient, string Data)> Received { get; } = new();

    /// <summary>A reply code for RCPT TO (such as 550); 0 accepts.</summary>
    public int RefuseRecipientsWith { get; set; }

    public bool IsRunning => _listener is not null;

    /// <summary>A port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Start()
    {
        if (_listener is not null) return;
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _loop = AcceptAsync(_listener, _stop.Token);
    }

    public async Task StopAsync()
    {
        if (_listener is null) return;
        await _stop!.CancelAsync();
        _listener.Stop();
        try { await _loop!; } catch (OperationCanceledException) { } catch (SocketException) { } catch (ObjectDisposedException) { }
        _listener = null;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(ct);
            _ = Task.Run(() => ServeAsync(client, ct), ct);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken ct)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false));
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost test SMTP ready");
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost greets you");
                        await writer.WriteLineAsync("250-8BITMIME");
                        await writer.WriteLineAsync("250 SMTPUTF8");
                        break;
                    case "HELO": await writer.WriteLineAsync("250 localhost"); break;
                    case "MAIL": recipients.Clear(); await writer.WriteLineAsync("250 2.1.0 OK"); break;
                    case "RCPT":
                        if (RefuseRecipientsWith != 0) { await writer.WriteLineAsync($"{RefuseRecipientsWith} 5.1.1 No such mailbox here"); break; }
                        recipients.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim().Trim('<', '>'));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        if (recipients.Count == 0) { await writer.WriteLineAsync("554 5.5.1 No valid recipients"); break; }
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(ct) is { } dataLine && dataLine != ".")
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        foreach (var r in recipients) Received.Enqueue((r, data.ToString()));
                        await writer.WriteLineAsync("250 2.0.0 OK queued");
                        break;
                    case "RSET": recipients.Clear(); await writer.WriteLineAsync("250 2.0.0 OK"); break;
                    case "NOOP": await writer.WriteLineAsync("250 2.0.0 OK"); break;
                    case "QUIT": await writer.WriteLineAsync("221 2.0.0 Bye"); return;
                    default: await writer.WriteLineAsync("502 5.5.2 Command not recognized"); break;
                }
            }
        }
        catch (IOException) { }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

/// <summary>Waiting for something the background does, with a generous timeout (never a timing assertion).</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = TimeProvider.System.GetUtcNow().UtcDateTime + (timeout ?? TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow().UtcDateTime > deadline) throw new TimeoutException("Still not true: " + what);
            await Task.Delay(50);
        }
    }
}
