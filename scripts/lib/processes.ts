import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

// Small helpers for the launchers: run a local binary, forward stop signals to it, find a free port.

export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env });
}

/** Resolves with the exit code (signals count as failure). */
export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", () => resolve(1));
  });
}

/** Passes SIGINT/SIGTERM on to the child once; the caller cleans up when the child exits. */
export function forwardSignals(child: ChildProcess) {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (child.exitCode === null && !child.killed) child.kill(signal);
    });
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
