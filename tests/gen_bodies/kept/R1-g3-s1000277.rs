// finding: R1-cancel-in-teardown-goes-on+R10-disabled-select-hangs
// seed: 1000277
// expect `drain` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 1 mid 1 close` => item 2 w4- gaveup w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 1 mid 2 close` => item 2 w4- w6- s11 t9 w10- t9. t7 gaveup w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 1 mid 2 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 gaveup w8- t7. t36 w37- t36. cancel
// expect `take 1 mid 3 close` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 1 mid 3 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 1 mid 3 drop` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 close` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 drop` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 1 close` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 1 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 1 drop` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 2 close` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 2 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 2 drop` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 3 close` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 3 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 2 mid 3 drop` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 6 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 3 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 8 mid 6 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
// expect `take 6 mid 5 close` => item 2 w4- w6- s11 t9 w10- t9. t7 w8- t7. L12 w15x w19x w25x PANIC poisoned
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t36");
        W::new(&ctx, 37, 2).await;
        ctx.log("t36.");
    }
    let b1: u32 = 'l1: {
        yield_!(2);
        match ctx.pick(3, 0, 3) {
            0 => {
                W::new(&ctx, 4, 0).await;
                {
                    W::new(&ctx, 6, 1).await;
                    teardown! {
                        ctx.log("t7");
                        W::new(&ctx, 8, 1).await;
                        ctx.log("t7.");
                    }
                    teardown! {
                        ctx.log("t9");
                        W::new(&ctx, 10, 0).await;
                        ctx.log("t9.");
                    }
                    ctx.log("s11");
                }
                let Some(v12) = ctx.opt(12, 0b11, 2) else {
                    W::new(&ctx, 13, 0).await;
                    W::new(&ctx, 14, 1).await;
                    return;
                };
                ctx.log(format!("L{v12}"));
                tokio::select! {
                    _ = W::new(&ctx, 15, 1), if ctx.ch(28, 0b0, 1) => {
                        W::new(&ctx, 16, 1).await;
                        W::new(&ctx, 17, 2).await;
                        yield_!(18);
                    }
                    _ = W::new(&ctx, 19, 2), if ctx.ch(29, 0b0, 1) => {
                        yield_!(21);
                        ctx.log("s22");
                        W::new(&ctx, 23, 1).await;
                        yield_!(24);
                    }
                    _ = W::new(&ctx, 25, 3), if ctx.ch(30, 0b0, 1) => {
                        tokio::join!(W::new(&ctx, 26, 1), W::new(&ctx, 27, 3));
                    }
                }
                return;
            }
            1 => {
                yield_!(31);
                tokio::join!(async { W::new(&ctx, 32, 0).await; ctx.log("j32"); }, async { W::new(&ctx, 33, 3).await; ctx.log("j33"); }, async { W::new(&ctx, 34, 1).await; ctx.log("j34"); });
            }
            _ => {
                ctx.log("s35");
            }
        }
        7
    };
    ctx.log(format!("b1={b1}"));
}
