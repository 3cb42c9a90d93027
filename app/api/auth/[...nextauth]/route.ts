import { handlers } from "@/lib/platform/auth/config";

export const { GET, POST } = handlers;
