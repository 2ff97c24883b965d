// finding: F2-teardown-in-let-else
// seed: 1000103
// expect `drain` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => gaveup w2- w1- j1 t5 w6- t5. t3 t3. t33 t33. close
// expect `take 0 mid 1 cancel` => gaveup w1x w2x t33 t33. cancel
// expect `take 0 mid 2 close` => w2- gaveup w1- j1 t5 w6- t5. t3 t3. t33 t33. close
// expect `take 0 mid 2 cancel` => w2- gaveup w1x t33 t33. cancel
// expect `take 0 mid 3 close` => w2- gaveup w1- j1 t5 w6- t5. t3 t3. t33 t33. close
// expect `take 0 mid 3 cancel` => w2- gaveup w1x t33 t33. cancel
// expect `take 1 close` => w2- w1- j1 item 7 t5 w6- t5. t3 t3. t33 t33. close
// expect `take 1 cancel` => w2- w1- j1 item 7 t5 w6- t5. t3 t3. t33 t33. cancel
// expect `take 1 mid 1 close` => w2- w1- j1 item 7 b24=5 s32 t5 gaveup w6- t5. t3 t3. t33 t33. close
// expect `take 1 mid 1 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 gaveup w6- t5. t3 t3. t33 t33. cancel
// expect `take 1 mid 2 close` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end close
// expect `take 1 mid 2 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 1 mid 3 close` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end close
// expect `take 1 mid 3 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 2 close` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end close
// expect `take 2 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 2 mid 1 close` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end close
// expect `take 2 mid 1 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 2 mid 2 close` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end close
// expect `take 2 mid 2 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 2 mid 3 close` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end close
// expect `take 2 mid 3 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 6 mid 6 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 7 close` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end close
// expect `take 6 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
// expect `take 6 mid 3 cancel` => w2- w1- j1 item 7 b24=5 s32 t5 w6- t5. t3 t3. t33 t33. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t33");
        ctx.log("t33.");
    }
    tokio::join!(async { W::new(&ctx, 1, 3).await; ctx.log("j1"); }, W::new(&ctx, 2, 1));
    teardown! {
        ctx.log("t3");
        ctx.log("t3.");
    }
    let Some(v4) = ctx.opt(4, 0b100, 3) else {
        teardown! {
            ctx.log("t5");
            W::new(&ctx, 6, 1).await;
            ctx.log("t5.");
        }
        yield_!(7);
        match ctx.pick(8, 2, 3) {
            0 => {
                teardown! {
                    ctx.log("t9");
                    ctx.log("t9.");
                }
                let Some(v10) = ctx.opt(10, 0b101, 3) else {
                    ctx.log("s11");
                    teardown! {
                        ctx.log("t12");
                        W::new(&ctx, 13, 1).await;
                        ctx.log("t12.");
                    }
                    teardown! {
                        ctx.log("t14");
                        ctx.log("t14.");
                    }
                    ctx.log("s15");
                    return;
                };
                ctx.log(format!("L{v10}"));
                yield_!(16);
                return;
            }
            1 => {
                let m17: u32 = match ctx.pick(17, 0, 3) {
                    0 => {
                        yield_!(18);
                        yield_!(19);
                        W::new(&ctx, 20, 2).await;
                        14
                    }
                    1 => {
                        teardown! {
                            ctx.log("t21");
                            ctx.log("t21.");
                        }
                        ctx.log("s22");
                        19
                    }
                    _ => {
                        W::new(&ctx, 23, 2).await;
                        return;
                    }
                };
                ctx.log(format!("m17={m17}"));
            }
            _ => {
                let mut c24 = 0;
                let b24: u32 = loop {
                    c24 += 1;
                    if c24 > 0 { break 5; }
                    tokio::join!(W::new(&ctx, 25, 1), W::new(&ctx, 26, 3));
                    yield_!(27);
                    tokio::join!(W::new(&ctx, 28, 0), W::new(&ctx, 29, 3), W::new(&ctx, 30, 2));
                };
                ctx.log(format!("b24={b24}"));
                'l31: {
                    ctx.log("s32");
                }
            }
        }
        return;
    };
    ctx.log(format!("L{v4}"));
}
