// finding: F2-teardown-in-let-else
// seed: 1000203
// expect `drain` => s17 t19 t19. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s17 t19 t19. end close
// expect `take 0 mid 1 cancel` => s17 t19 t19. end cancel
// expect `take 0 mid 2 close` => s17 t19 t19. end close
// expect `take 0 mid 2 cancel` => s17 t19 t19. end cancel
// expect `take 0 mid 3 close` => s17 t19 t19. end close
// expect `take 0 mid 3 cancel` => s17 t19 t19. end cancel
// expect `take 1 close` => s17 t19 t19. end close
// expect `take 1 cancel` => s17 t19 t19. end cancel
// expect `take 1 mid 1 close` => s17 t19 t19. end close
// expect `take 1 mid 1 cancel` => s17 t19 t19. end cancel
// expect `take 1 mid 2 close` => s17 t19 t19. end close
// expect `take 1 mid 2 cancel` => s17 t19 t19. end cancel
// expect `take 1 mid 3 close` => s17 t19 t19. end close
// expect `take 1 mid 3 cancel` => s17 t19 t19. end cancel
// expect `take 2 close` => s17 t19 t19. end close
// expect `take 2 cancel` => s17 t19 t19. end cancel
// expect `take 2 mid 1 close` => s17 t19 t19. end close
// expect `take 2 mid 1 cancel` => s17 t19 t19. end cancel
// expect `take 2 mid 2 close` => s17 t19 t19. end close
// expect `take 2 mid 2 cancel` => s17 t19 t19. end cancel
// expect `take 2 mid 3 close` => s17 t19 t19. end close
// expect `take 2 mid 3 cancel` => s17 t19 t19. end cancel
// expect `take 7 mid 4 close` => s17 t19 t19. end close
// expect `take 7 mid 5 cancel` => s17 t19 t19. end cancel
// expect `take 6 mid 3 close` => s17 t19 t19. end close
// expect `take 4 close` => s17 t19 t19. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t19");
        ctx.log("t19.");
    }
    match ctx.pick(1, 1, 3) {
        0 => {
            teardown! {
                ctx.log("t2");
                W::new(&ctx, 3, 2).await;
                ctx.log("t2.");
            }
            if ctx.ch(4, 0b11, 2) {
                teardown! {
                    ctx.log("t5");
                    ctx.log("t5.");
                }
                let Some(v6) = ctx.opt(6, 0b1001, 4) else {
                    ctx.log("s7");
                    yield_!(8);
                    W::new(&ctx, 9, 1).await;
                    teardown! {
                        ctx.log("t10");
                        ctx.log("t10.");
                    }
                    ctx.log("s11");
                    return;
                };
                ctx.log(format!("L{v6}"));
                let m12: u32 = match ctx.pick(12, 0, 2) {
                    0 => {
                        teardown! {
                            ctx.log("t13");
                            ctx.log("t13.");
                        }
                        yield_!(14);
                        11
                    }
                    _ => {
                        ctx.log("s15");
                        return;
                    }
                };
                ctx.log(format!("m12={m12}"));
            } else {
                ctx.log("s16");
            }
        }
        1 => {
            ctx.log("s17");
        }
        _ => {
            ctx.log("s18");
        }
    }
}
